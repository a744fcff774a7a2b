package com.csracademy.quiz.domain.stats;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** Builders that keep the hand-written data sets in the tests short enough to read as tables. */
final class StatsTestSupport {

    private StatsTestSupport() {
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    /** A question without options worth {@code max} points. */
    static ItemResponse item(String questionId, String score, String max) {
        return new ItemResponse(questionId, dec(score), dec(max), List.of(), 0);
    }

    /** A one-point question without options, right (1) or wrong (0). */
    static ItemResponse mark(String questionId, int rightOrWrong) {
        return item(questionId, String.valueOf(rightOrWrong), "1");
    }

    /** A one-point choice question. */
    static ItemResponse choice(String questionId, String score, int optionCount, Integer... chosen) {
        return new ItemResponse(questionId, dec(score), BigDecimal.ONE, List.of(chosen), optionCount);
    }

    static AttemptResult attempt(String attemptId, String total, ItemResponse... items) {
        return new AttemptResult(attemptId, dec(total), List.of(items));
    }

    /** An attempt of one-point items, right (1) or wrong (0), whose total is the number right. */
    static AttemptResult dichotomous(String attemptId, List<String> questionIds, int... marks) {
        if (marks.length != questionIds.size()) {
            throw new IllegalArgumentException("one mark per question");
        }
        ItemResponse[] items = new ItemResponse[marks.length];
        for (int i = 0; i < marks.length; i++) {
            items[i] = mark(questionIds.get(i), marks[i]);
        }
        return attempt(attemptId, String.valueOf(Arrays.stream(marks).sum()), items);
    }

    static QuestionStatistics question(ExamStatistics statistics, String questionId) {
        return statistics.question(questionId).orElseThrow();
    }
}
