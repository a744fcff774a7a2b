package com.csracademy.quiz.gift;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An answer of a multiple-choice, multiple-answer or short-answer question.
 *
 * @param text     what the learner sees (or, for short answer, what they must type; {@code *} is a wildcard)
 * @param weight   credit as a fraction: 1 is 100%, -0.5 is -50%; always in [-1, 1]
 * @param feedback shown when this answer is chosen, or {@code null}
 */
public record Choice(String text, BigDecimal weight, String feedback) {

    public Choice {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(weight, "weight");
        if (weight.abs().compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("weight must be between -1 and 1, got " + weight.toPlainString());
        }
        weight = Canonical.number(weight);
        feedback = Canonical.optionalText(feedback);
    }

    /** The weight as GIFT writes it, e.g. 50 for {@code %50%}. */
    public BigDecimal percent() {
        return Canonical.number(weight.movePointRight(2));
    }
}
