package com.csracademy.quiz.gift;

import java.util.Objects;

/**
 * One line of a matching question, {@code =question -> answer}.
 *
 * @param question the item to match, or empty for a distractor: an extra answer that matches nothing
 * @param answer   the answer that belongs to {@code question}
 */
public record MatchPair(String question, String answer) {

    public MatchPair {
        question = question == null ? "" : question;
        Objects.requireNonNull(answer, "answer");
    }

    public boolean isDistractor() {
        return question.isBlank();
    }
}
