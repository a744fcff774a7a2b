package com.csracademy.quiz.gift;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A learner's answer to one question; each question type accepts exactly one kind. */
public sealed interface Response {

    /** For multiple-choice and multiple-answer questions, missing-word ones included. */
    record ChoiceResponse(List<Integer> selectedIndices) implements Response {

        public ChoiceResponse {
            selectedIndices = List.copyOf(selectedIndices);
        }

        public static ChoiceResponse of(Integer... selectedIndices) {
            return new ChoiceResponse(List.of(selectedIndices));
        }
    }

    record TrueFalseResponse(boolean value) implements Response {
    }

    /** For short-answer and essay questions. */
    record TextResponse(String text) implements Response {

        public TextResponse {
            Objects.requireNonNull(text, "text");
        }
    }

    record NumericResponse(BigDecimal value) implements Response {

        public NumericResponse {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * For matching questions.
     *
     * @param answerPerPairIndex the answer picked for each pair, keyed by its index in
     *                           {@link GiftQuestion#matchPairs()}; a missing key is an unanswered pair
     */
    record MatchingResponse(Map<Integer, String> answerPerPairIndex) implements Response {

        public MatchingResponse {
            answerPerPairIndex = Map.copyOf(answerPerPairIndex);
        }
    }
}
