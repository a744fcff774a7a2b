package com.csracademy.quiz.domain.stats;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Item analysis of one exam. Figures are rounded to 4 decimals (half up); nothing is rounded before that.
 *
 * @param attemptCount                attempts analysed
 * @param meanTotalScore              mean total score in points; {@code null} when there are no attempts
 * @param populationStandardDeviation standard deviation of the total scores dividing by N, which describes
 *                                    exactly these attempts; {@code null} when there are no attempts
 * @param sampleStandardDeviation     the same dividing by N − 1, the estimate for learners in general;
 *                                    {@code null} with fewer than 2 attempts, where it is undefined
 * @param kr20                        reliability, always present; it says itself why it has no value
 * @param questions                   one entry per question, in the order in which questions first appear in the
 *                                    attempts
 */
public record ExamStatistics(int attemptCount, BigDecimal meanTotalScore, BigDecimal populationStandardDeviation,
                             BigDecimal sampleStandardDeviation, Kr20 kr20, List<QuestionStatistics> questions) {

    public ExamStatistics {
        Objects.requireNonNull(kr20, "kr20");
        questions = List.copyOf(questions);
        if (attemptCount < 0) {
            throw new IllegalArgumentException("attemptCount must not be negative");
        }
    }

    /** The statistics of one question, if any attempt contained it. */
    public Optional<QuestionStatistics> question(String questionId) {
        return questions.stream().filter(q -> q.questionId().equals(questionId)).findFirst();
    }
}
