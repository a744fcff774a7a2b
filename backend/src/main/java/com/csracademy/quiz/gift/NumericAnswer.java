package com.csracademy.quiz.gift;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An accepted answer of a numerical question.
 *
 * @param target   which numbers this answer accepts
 * @param weight   credit as a fraction in [0, 1]
 * @param feedback shown when this answer is the one that matched, or {@code null}
 */
public record NumericAnswer(Target target, BigDecimal weight, String feedback) {

    public NumericAnswer {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(weight, "weight");
        if (weight.signum() < 0 || weight.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("weight must be between 0 and 1, got " + weight.toPlainString());
        }
        if (target instanceof AnyOther && weight.signum() != 0) {
            throw new IllegalArgumentException("the answer for any other number carries no credit");
        }
        weight = Canonical.number(weight);
        feedback = Canonical.optionalText(feedback);
    }

    public boolean accepts(BigDecimal number) {
        return target.accepts(number);
    }

    /** The numbers an answer accepts. */
    public sealed interface Target {
        boolean accepts(BigDecimal number);
    }

    /** {@code value:tolerance}, or a bare {@code value} with tolerance 0. */
    public record Tolerance(BigDecimal value, BigDecimal tolerance) implements Target {

        public Tolerance {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(tolerance, "tolerance");
            if (tolerance.signum() < 0) {
                throw new IllegalArgumentException("tolerance must not be negative, got " + tolerance.toPlainString());
            }
            value = Canonical.number(value);
            tolerance = Canonical.number(tolerance);
        }

        public static Tolerance exact(BigDecimal value) {
            return new Tolerance(value, BigDecimal.ZERO);
        }

        @Override
        public boolean accepts(BigDecimal number) {
            return number.subtract(value).abs().compareTo(tolerance) <= 0;
        }
    }

    /** {@code min..max}, both ends included. */
    public record Range(BigDecimal min, BigDecimal max) implements Target {

        public Range {
            Objects.requireNonNull(min, "min");
            Objects.requireNonNull(max, "max");
            if (min.compareTo(max) > 0) {
                throw new IllegalArgumentException(
                        "range minimum " + min.toPlainString() + " is greater than maximum " + max.toPlainString());
            }
            min = Canonical.number(min);
            max = Canonical.number(max);
        }

        @Override
        public boolean accepts(BigDecimal number) {
            return number.compareTo(min) >= 0 && number.compareTo(max) <= 0;
        }
    }

    /** Moodle's {@code *} answer, written {@code ~#feedback}: it exists to give feedback to every other number. */
    public record AnyOther() implements Target {

        @Override
        public boolean accepts(BigDecimal number) {
            return true;
        }
    }
}
