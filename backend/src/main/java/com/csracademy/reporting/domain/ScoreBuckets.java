package com.csracademy.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.IntStream;

/** Ten-point histogram buckets over 0–100: 0–9.99 is bucket 0, …, 90–100 is bucket 9 (100 belongs to it). */
public final class ScoreBuckets {

    public static final int COUNT = 10;

    private ScoreBuckets() {
    }

    public static int of(BigDecimal score) {
        int tens = score.divide(BigDecimal.TEN, 0, RoundingMode.FLOOR).intValue();
        return Math.max(0, Math.min(COUNT - 1, tens));
    }

    /** "0-9", "10-19", …, "90-100". */
    public static String label(int bucket) {
        return bucket == COUNT - 1 ? "90-100" : (bucket * 10) + "-" + (bucket * 10 + 9);
    }

    public static List<String> labels() {
        return IntStream.range(0, COUNT).mapToObj(ScoreBuckets::label).toList();
    }

    /** The score in thousandths of a point, so sums add up exactly whatever order the changes arrive in. */
    public static long milli(BigDecimal score) {
        return score.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
