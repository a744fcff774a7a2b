package com.csracademy.shadowing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The branch mentor's score from the branch shadowing evaluation form (附5): the mean of the form's scored
 * items (attendance and conduct, attitude, the eight learning objectives, communication with clients), each
 * weighted alike since the seed ranks none above another, rounded half up to two decimals.
 */
public final class EvaluationScore {

    private EvaluationScore() {
    }

    public static BigDecimal of(List<BigDecimal> itemScores) {
        if (itemScores.isEmpty()) {
            throw new IllegalArgumentException("an evaluation needs at least one scored item");
        }
        BigDecimal sum = itemScores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(itemScores.size()), 2, RoundingMode.HALF_UP);
    }
}
