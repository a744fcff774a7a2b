package com.csracademy.quiz.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;

/**
 * Scores on a 0–100 scale. Area scores and averages keep {@value #SCALE} decimals, far more than any
 * threshold comparison needs, so 89.99 stays below 90; they are rounded only for display.
 */
public final class Scores {

    public static final int SCALE = 10;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scores() {
    }

    /** 100 × the mean of the fractions (each 0..1); an empty list scores 0. */
    public static BigDecimal percent(Collection<BigDecimal> fractions) {
        if (fractions.isEmpty()) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        BigDecimal sum = fractions.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.multiply(HUNDRED).divide(BigDecimal.valueOf(fractions.size()), SCALE, RoundingMode.HALF_EVEN);
    }

    /** The arithmetic mean of the area scores. */
    public static BigDecimal average(Collection<BigDecimal> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("no scores to average");
        }
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(scores.size()), SCALE, RoundingMode.HALF_EVEN);
    }

    /** The latest score per area: the earlier sitting's scores, overlaid by this sitting's. */
    public static Map<KnowledgeArea, BigDecimal> overlay(Map<KnowledgeArea, BigDecimal> earlier,
                                                         Map<KnowledgeArea, BigDecimal> latest) {
        Map<KnowledgeArea, BigDecimal> combined = new EnumMap<>(KnowledgeArea.class);
        combined.putAll(earlier);
        combined.putAll(latest);
        return combined;
    }

    /** For display: one decimal, as the domain asks. */
    public static BigDecimal display(BigDecimal score) {
        return score.setScale(1, RoundingMode.HALF_UP);
    }

}
