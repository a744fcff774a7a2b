package com.csracademy.quiz.gift;

/** The kinds of question GIFT can express; a missing-word question keeps its own type and records a blank. */
public enum QuestionType {
    /** One answer is picked; written with at least one {@code =} answer. */
    MULTIPLE_CHOICE,
    /** Several answers may be picked; written with weighted {@code ~%w%} answers and no {@code =}. */
    MULTIPLE_ANSWER,
    TRUE_FALSE,
    SHORT_ANSWER,
    NUMERICAL,
    MATCHING,
    /** Graded by a person; written as an empty answer block {@code {}}. */
    ESSAY,
    /** Text shown to the learner with nothing to answer; written without an answer block. */
    DESCRIPTION
}
