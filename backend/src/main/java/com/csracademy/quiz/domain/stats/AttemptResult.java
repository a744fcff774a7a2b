package com.csracademy.quiz.domain.stats;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * One learner's attempt at the exam being analysed.
 *
 * @param attemptId  unique within the analysed attempts; also breaks ties in the ranking, for determinism
 * @param totalScore the attempt's total in points (not a fraction), which ranks attempts into upper and lower
 *                   groups; taken as given, since an exam total may include parts that are not items here
 * @param items      the questions this attempt contained, each at most once
 */
public record AttemptResult(String attemptId, BigDecimal totalScore, List<ItemResponse> items) {

    public AttemptResult {
        Objects.requireNonNull(attemptId, "attemptId");
        Objects.requireNonNull(totalScore, "totalScore");
        if (attemptId.isBlank()) {
            throw new IllegalArgumentException("attemptId must not be blank");
        }
        items = List.copyOf(Objects.requireNonNull(items, "items"));
        // per-question statistics count attempts, so one attempt answering a question twice would count twice
        var questionIds = new HashSet<String>();
        for (ItemResponse item : items) {
            if (!questionIds.add(item.questionId())) {
                throw new IllegalArgumentException(attemptId + ": question " + item.questionId()
                        + " appears more than once");
            }
        }
    }
}
