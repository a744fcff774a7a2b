package com.csracademy.quiz.domain.stats;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One question as one attempt answered it.
 *
 * @param questionId    identifies the question across attempts; with random draws only some attempts contain it
 * @param score         points earned, between 0 and {@code maxScore} (partial credit allowed)
 * @param maxScore      points available, greater than 0
 * @param chosenOptions 0-based indices of the options picked, for choice questions; empty otherwise or when the
 *                      learner left the question blank
 * @param optionCount   how many options the question offered, or 0 for a question without options
 */
public record ItemResponse(String questionId, BigDecimal score, BigDecimal maxScore, List<Integer> chosenOptions,
                           int optionCount) {

    public ItemResponse {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(maxScore, "maxScore");
        if (questionId.isBlank()) {
            throw new IllegalArgumentException("questionId must not be blank");
        }
        // the facility index is a fraction of the maximum, so it only means something inside these bounds
        if (maxScore.signum() <= 0) {
            throw new IllegalArgumentException(questionId + ": maxScore must be greater than 0, got "
                    + maxScore.toPlainString());
        }
        if (score.signum() < 0 || score.compareTo(maxScore) > 0) {
            throw new IllegalArgumentException(questionId + ": score must be between 0 and "
                    + maxScore.toPlainString() + ", got " + score.toPlainString());
        }
        if (optionCount < 0) {
            throw new IllegalArgumentException(questionId + ": optionCount must not be negative, got " + optionCount);
        }
        // a defensive copy keeps the record immutable even if the caller reuses its list
        chosenOptions = List.copyOf(Objects.requireNonNull(chosenOptions, "chosenOptions"));
        // distractor counts index an array by option, and picking one option twice would count it twice
        var seen = new HashSet<Integer>();
        for (int option : chosenOptions) {
            if (option < 0 || option >= optionCount) {
                throw new IllegalArgumentException(questionId + ": chosen option " + option
                        + " is outside 0.." + (optionCount - 1));
            }
            if (!seen.add(option)) {
                throw new IllegalArgumentException(questionId + ": option " + option + " is chosen twice");
            }
        }
    }

    /** Score as a fraction of the maximum, 0 to 1; the unit in which facility and discrimination are averaged. */
    BigDecimal fraction() {
        return score.divide(maxScore, ItemAnalysis.MATH);
    }

    /** KR-20 needs right/wrong items, so only full marks count as right: partial credit is wrong here. */
    boolean fullMarks() {
        return score.compareTo(maxScore) == 0;
    }
}
