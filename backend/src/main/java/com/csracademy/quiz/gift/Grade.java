package com.csracademy.quiz.gift;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The outcome of grading one response.
 *
 * @param fraction           the credit earned, from 0 to 1, always with {@value #SCALE} decimals: Moodle's own
 *                           precision, enough for weights such as 33.33333%, and one scale for all grades so that
 *                           sums of grades are exact and only a final average needs rounding
 * @param needsManualGrading true for essays, whose {@code fraction} is 0 until a person grades them
 */
public record Grade(BigDecimal fraction, boolean needsManualGrading) {

    public static final int SCALE = 7;

    public Grade {
        Objects.requireNonNull(fraction, "fraction");
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("fraction must be between 0 and 1, got " + fraction.toPlainString());
        }
        fraction = fraction.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    public static Grade of(BigDecimal fraction) {
        return new Grade(fraction, false);
    }

    public static Grade manual() {
        return new Grade(BigDecimal.ZERO, true);
    }
}
