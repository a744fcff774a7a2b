package com.csracademy.quiz.domain.stats;

/**
 * Warnings about a question, for an author to review. The thresholds are the customary rules of thumb of
 * classical test theory, not hard limits.
 */
public enum ItemFlag {

    /** Facility above 0.9: nearly everyone gets it right, so it tells learners apart very little. */
    EASY,
    /** Facility below 0.2: nearly everyone gets it wrong; often a wrong key or an unclear stem. */
    HARD,
    /** Discrimination below 0.2: strong and weak attempts do about equally well on it. */
    LOW_DISCRIMINATION,
    /**
     * Discrimination below 0: weak attempts do better than strong ones, the classic sign of a wrong key. Such a
     * question is also {@link #LOW_DISCRIMINATION}, and carries both flags.
     */
    NEGATIVE_DISCRIMINATION,
    /**
     * Fewer than {@value QuestionStatistics#MIN_RESPONSES_FOR_FLAGS} attempts contain the question: its figures are
     * too noisy to judge, so it gets this flag instead of any other.
     */
    TOO_FEW_RESPONSES
}
