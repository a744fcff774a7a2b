package com.csracademy.monitoring.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The daily assessment (日常考评, seed 000 §五(二)4): a category-A trainee's group drill score and their
 * compliance with the conduct rules, one score per day.
 * <ul>
 *   <li>base: the mean of the day's drill scores when the trainee was scored in a drill that day, otherwise
 *       100 (a day without a drill, or a category-B trainee, starts from full marks);</li>
 *   <li>plus the points of the day's awards, minus the points of the day's deductions (seed 004's
 *       绩效考核分 adjustments, applied as they are);</li>
 *   <li>never below 0; not capped at 100, because an award is a bonus on top of the day's work.</li>
 * </ul>
 * Averages are exact (the mean of the daily scores over a period too); rounding to one decimal is for display.
 */
public final class DailyAssessmentPolicy {

    /** The base of a day without a scored drill. */
    public static final BigDecimal FULL_MARKS = BigDecimal.valueOf(100);

    private static final MathContext EXACT = MathContext.DECIMAL128;

    private DailyAssessmentPolicy() {
    }

    /**
     * One day's score.
     *
     * @param drillAverage the mean of the day's drill scores, or {@code null} without a scored drill
     * @param base         the drill average, or full marks
     * @param awards       the sum of the day's award points
     * @param deductions   the sum of the day's deduction points, as a positive number
     * @param score        base + awards − deductions, at least 0
     */
    public record DayScore(BigDecimal drillAverage, BigDecimal base, int awards, int deductions, BigDecimal score) {
    }

    /**
     * @param drillScores  the day's drill scores (0–100)
     * @param conductPoints the signed points of the day's conduct records that count
     */
    public static DayScore score(List<Integer> drillScores, List<Integer> conductPoints) {
        for (int s : drillScores) {
            if (s < 0 || s > 100) {
                throw new IllegalArgumentException("a drill score is 0–100, not " + s);
            }
        }
        BigDecimal drillAverage = drillScores.isEmpty() ? null : mean(drillScores.stream().map(BigDecimal::valueOf).toList());
        BigDecimal base = drillAverage == null ? FULL_MARKS : drillAverage;
        int awards = conductPoints.stream().filter(p -> p > 0).mapToInt(Integer::intValue).sum();
        int deductions = -conductPoints.stream().filter(p -> p < 0).mapToInt(Integer::intValue).sum();
        BigDecimal score = base.add(BigDecimal.valueOf(awards)).subtract(BigDecimal.valueOf(deductions)).max(BigDecimal.ZERO);
        return new DayScore(drillAverage, base, awards, deductions, score);
    }

    /** The exact mean of the daily scores over a period; {@code null} for no days. */
    public static BigDecimal average(List<BigDecimal> dayScores) {
        return dayScores.isEmpty() ? null : mean(dayScores);
    }

    /** A score as shown: one decimal, half up. */
    public static BigDecimal shown(BigDecimal exact) {
        return exact == null ? null : exact.setScale(1, RoundingMode.HALF_UP);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), EXACT);
    }
}
