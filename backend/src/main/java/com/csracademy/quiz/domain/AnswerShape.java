package com.csracademy.quiz.domain;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.csracademy.quiz.gift.GiftQuestion;
import com.csracademy.quiz.gift.QuestionType;
import com.csracademy.quiz.gift.Response;

/**
 * Turns what a trainee sent for a question into the grader's {@link Response}, checking that it has the
 * shape the question's type needs. Choice indices arrive in the order the trainee was shown and are mapped
 * back to the bank's order here.
 */
public final class AnswerShape {

    private AnswerShape() {
    }

    /**
     * What the trainee sent; only the member for the question's type may be set.
     *
     * @param choices displayed option indices (choice and missing-word questions)
     * @param value   true/false
     * @param text    short answer or essay
     * @param number  a numerical answer, as written
     * @param matches for matching: the left item's index → the chosen right-hand text
     */
    public record Answer(List<Integer> choices, Boolean value, String text, String number,
                         Map<String, String> matches) {
    }

    /** The answer does not fit the question; {@code field} names the offending member. */
    public static final class WrongShape extends RuntimeException {
        private final String field;

        public WrongShape(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public static Response toResponse(GiftQuestion question, Answer answer, List<Integer> choiceOrder) {
        QuestionType type = question.type();
        return switch (type) {
            case MULTIPLE_CHOICE, MULTIPLE_ANSWER -> {
                require(answer.choices() != null, "choices", "a choice question needs 'choices'");
                if (type == QuestionType.MULTIPLE_CHOICE && answer.choices().size() > 1) {
                    throw new WrongShape("choices", "this question takes exactly one choice");
                }
                int options = question.choices().size();
                List<Integer> original = answer.choices().stream().map(shown -> {
                    if (shown == null || shown < 0 || shown >= options) {
                        throw new WrongShape("choices", "choice " + shown + " is not one of the 0.." + (options - 1)
                                + " options shown");
                    }
                    return choiceOrder == null ? shown : choiceOrder.get(shown);
                }).distinct().toList();
                yield new Response.ChoiceResponse(original);
            }
            case TRUE_FALSE -> {
                require(answer.value() != null, "value", "a true/false question needs 'value' true or false");
                yield new Response.TrueFalseResponse(answer.value());
            }
            case SHORT_ANSWER, ESSAY -> {
                require(answer.text() != null, "text", "this question needs a 'text' answer");
                require(answer.text().length() <= 20_000, "text", "the answer is longer than 20000 characters");
                yield new Response.TextResponse(answer.text());
            }
            case NUMERICAL -> {
                require(answer.number() != null, "number", "a numerical question needs 'number'");
                try {
                    yield new Response.NumericResponse(new BigDecimal(answer.number().trim()));
                } catch (NumberFormatException e) {
                    throw new WrongShape("number", "'" + answer.number() + "' is not a number");
                }
            }
            case MATCHING -> {
                require(answer.matches() != null, "matches", "a matching question needs 'matches'");
                Map<Integer, String> matches = new HashMap<>();
                answer.matches().forEach((key, chosen) -> {
                    int index;
                    try {
                        index = Integer.parseInt(key);
                    } catch (NumberFormatException e) {
                        throw new WrongShape("matches", "'" + key + "' is not an item index");
                    }
                    if (index < 0 || index >= question.matchPairs().size()) {
                        throw new WrongShape("matches", "item " + index + " does not exist");
                    }
                    matches.put(index, chosen);
                });
                yield new Response.MatchingResponse(matches);
            }
            case DESCRIPTION -> throw new WrongShape("response", "a description takes no answer");
        };
    }

    private static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new WrongShape(field, message);
        }
    }
}
