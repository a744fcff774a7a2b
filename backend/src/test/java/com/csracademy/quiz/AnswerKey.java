package com.csracademy.quiz;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.csracademy.quiz.gift.Choice;
import com.csracademy.quiz.gift.GiftQuestion;
import com.csracademy.quiz.gift.NumericAnswer;
import tools.jackson.databind.JsonNode;

/**
 * The tests' answer key: the right answer to a served question, read from the stored bank (the grader is
 * not asked), in the shape the attempt API takes.
 */
public final class AnswerKey {

    private AnswerKey() {
    }

    /** The right answer to a question as the trainee would send it, given the options as shown. */
    public static Map<String, Object> correctAnswer(QuestionBank bank, JsonNode question) {
        GiftQuestion q = bank.question(question.get("questionId").asString()).block();
        return switch (q.type()) {
            case MULTIPLE_CHOICE, MULTIPLE_ANSWER -> {
                List<Integer> picks = new ArrayList<>();
                JsonNode options = question.get("options");
                for (int shown = 0; shown < options.size(); shown++) {
                    String text = options.get(shown).asString();
                    boolean right = q.choices().stream().anyMatch(c -> c.text().equals(text) && c.weight().signum() > 0);
                    if (right) {
                        picks.add(shown);
                    }
                }
                yield Map.of("choices", q.type().name().equals("MULTIPLE_CHOICE") ? picks.subList(0, 1) : picks);
            }
            case TRUE_FALSE -> Map.of("value", q.trueFalseAnswer());
            case SHORT_ANSWER -> Map.of("text", q.choices().stream()
                    .filter(c -> c.weight().compareTo(BigDecimal.ONE) == 0).map(Choice::text).findFirst().orElseThrow());
            case NUMERICAL -> Map.of("number", q.numericAnswers().stream()
                    .filter(n -> n.weight().compareTo(BigDecimal.ONE) == 0).map(n -> n.target() instanceof
                            NumericAnswer.Tolerance t ? t.value().toPlainString()
                            : ((NumericAnswer.Range) n.target()).min().toPlainString()).findFirst().orElseThrow());
            case MATCHING -> {
                Map<String, String> matches = new HashMap<>();
                for (int i = 0; i < q.matchPairs().size(); i++) {
                    if (!q.matchPairs().get(i).question().isEmpty()) {
                        matches.put(String.valueOf(i), q.matchPairs().get(i).answer());
                    }
                }
                yield Map.of("matches", matches);
            }
            case ESSAY -> Map.of("text", "情景处理：先致歉并复述客户诉求，核实身份后说明处理时限，并跟进回访。");
            case DESCRIPTION -> Map.of();
        };
    }
}
