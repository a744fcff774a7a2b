package com.csracademy.quiz.domain.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Classical item statistics of one question, over the attempts that contain it.
 *
 * @param questionId     the question
 * @param n              attempts that contain the question; with random draws this is fewer than all attempts
 * @param facility       mean of score / max score, 0 to 1, rounded to 4 decimals; higher is easier
 * @param discrimination mean score fraction of the upper group minus that of the lower group, -1 to 1, rounded to
 *                       4 decimals; 0 when {@code n} is 1, because both groups are then the same attempt
 * @param upperGroup     attempt ids of the top 27% by total score (at least one), best first
 * @param lowerGroup     attempt ids of the bottom 27% by total score, in the same ranking order (worst last)
 * @param options        one entry per option, including options nobody picked; empty for a question without
 *                       options
 * @param flags          warnings in {@link ItemFlag} order, empty when nothing stands out
 */
public record QuestionStatistics(String questionId, int n, BigDecimal facility, BigDecimal discrimination,
                                 List<String> upperGroup, List<String> lowerGroup, List<OptionCount> options,
                                 List<ItemFlag> flags) {

    /** Below this many attempts the figures swing too much with a single learner to justify a warning. */
    public static final int MIN_RESPONSES_FOR_FLAGS = 10;

    public QuestionStatistics {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(facility, "facility");
        Objects.requireNonNull(discrimination, "discrimination");
        if (n < 1) {
            throw new IllegalArgumentException(questionId + ": a question appears in at least one attempt");
        }
        upperGroup = List.copyOf(upperGroup);
        lowerGroup = List.copyOf(lowerGroup);
        options = List.copyOf(options);
        flags = List.copyOf(flags);
        if (upperGroup.size() != lowerGroup.size()) {
            throw new IllegalArgumentException(questionId + ": upper and lower groups must be equally large");
        }
    }

    /** Attempts in each of the upper and lower groups: ceil(0.27 · n), at least 1. */
    public int groupSize() {
        return upperGroup.size();
    }
}
