package com.csracademy.quiz.gift;

import com.csracademy.quiz.gift.Response.ChoiceResponse;
import com.csracademy.quiz.gift.Response.MatchingResponse;
import com.csracademy.quiz.gift.Response.NumericResponse;
import com.csracademy.quiz.gift.Response.TextResponse;
import com.csracademy.quiz.gift.Response.TrueFalseResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Grades a response the way Moodle would. A response of the wrong kind for the question, or one that points at
 * choices or pairs the question does not have, is refused with an {@link IllegalArgumentException}.
 */
public final class GiftGrader {

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private GiftGrader() {
    }

    /** Grades with short answers compared case-insensitively, Moodle's default. */
    public static Grade grade(GiftQuestion question, Response response) {
        return grade(question, response, false);
    }

    public static Grade grade(GiftQuestion question, Response response, boolean caseSensitive) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(response, "response");
        return switch (question.type()) {
            case MULTIPLE_CHOICE -> singleChoice(question, expect(question, response, ChoiceResponse.class));
            case MULTIPLE_ANSWER -> multipleAnswer(question, expect(question, response, ChoiceResponse.class));
            case TRUE_FALSE -> Grade.of(question.trueFalseAnswer()
                    == expect(question, response, TrueFalseResponse.class).value() ? BigDecimal.ONE : BigDecimal.ZERO);
            case SHORT_ANSWER -> shortAnswer(question, expect(question, response, TextResponse.class), caseSensitive);
            case NUMERICAL -> numerical(question, expect(question, response, NumericResponse.class));
            case MATCHING -> matching(question, expect(question, response, MatchingResponse.class));
            case ESSAY -> {
                expect(question, response, TextResponse.class);
                yield Grade.manual();
            }
            case DESCRIPTION -> throw new IllegalArgumentException(
                    "question " + question.describe() + " is a description and has nothing to grade");
        };
    }

    private static Grade singleChoice(GiftQuestion question, ChoiceResponse response) {
        List<Integer> selected = checkedSelection(question, response);
        if (selected.size() > 1) {
            throw new IllegalArgumentException("single-choice question " + question.describe()
                    + " takes at most one selected choice, got " + selected.size());
        }
        return Grade.of(selected.isEmpty() ? BigDecimal.ZERO : clamp(question.choices().get(selected.get(0)).weight()));
    }

    /** Wrong picks carry negative weights, so ticking everything does not pay; the total never drops below 0. */
    private static Grade multipleAnswer(GiftQuestion question, ChoiceResponse response) {
        BigDecimal total = checkedSelection(question, response).stream()
                .map(index -> question.choices().get(index).weight())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Grade.of(clamp(total));
    }

    private static List<Integer> checkedSelection(GiftQuestion question, ChoiceResponse response) {
        int count = question.choices().size();
        Set<Integer> seen = new HashSet<>();
        for (Integer index : response.selectedIndices()) {
            if (index < 0 || index >= count) {
                throw new IllegalArgumentException("choice index " + index + " is out of range for question "
                        + question.describe() + ", which has choices 0 to " + (count - 1));
            }
            if (!seen.add(index)) {
                throw new IllegalArgumentException("choice index " + index + " is selected more than once");
            }
        }
        return response.selectedIndices();
    }

    private static Grade shortAnswer(GiftQuestion question, TextResponse response, boolean caseSensitive) {
        String given = normalise(response.text());
        if (given.isEmpty()) {
            return Grade.of(BigDecimal.ZERO);
        }
        int flags = Pattern.DOTALL | (caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        BigDecimal best = question.choices().stream()
                .filter(answer -> Pattern.compile(wildcardRegex(normalise(answer.text())), flags).matcher(given)
                        .matches())
                .map(Choice::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::max);
        return Grade.of(clamp(best));
    }

    /**
     * Learners type on Chinese as well as Western keyboards: NFKC turns full-width letters, digits and the
     * ideographic space into their ASCII forms, and runs of spaces of any kind count as one.
     */
    static String normalise(String text) {
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(" ").strip();
    }

    /** Moodle short answers use '*' as a wildcard and '\*' for a literal star. */
    private static String wildcardRegex(String answer) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < answer.length(); i++) {
            char c = answer.charAt(i);
            if (c == '\\' && i + 1 < answer.length() && answer.charAt(i + 1) == '*') {
                literal.append('*');
                i++;
            } else if (c == '*') {
                regex.append(Pattern.quote(literal.toString())).append(".*");
                literal.setLength(0);
            } else {
                literal.append(c);
            }
        }
        return regex.append(Pattern.quote(literal.toString())).toString();
    }

    private static Grade numerical(GiftQuestion question, NumericResponse response) {
        BigDecimal best = question.numericAnswers().stream()
                .filter(answer -> answer.accepts(response.value()))
                .map(NumericAnswer::weight)
                .reduce(BigDecimal.ZERO, BigDecimal::max);
        return Grade.of(best);
    }

    private static Grade matching(GiftQuestion question, MatchingResponse response) {
        List<MatchPair> pairs = question.matchPairs();
        for (Integer index : response.answerPerPairIndex().keySet()) {
            if (index < 0 || index >= pairs.size() || pairs.get(index).isDistractor()) {
                throw new IllegalArgumentException("pair index " + index + " is not an item to match in question "
                        + question.describe());
            }
        }
        int total = 0;
        int correct = 0;
        for (int i = 0; i < pairs.size(); i++) {
            if (!pairs.get(i).isDistractor()) {
                total++;
                String given = response.answerPerPairIndex().get(i);
                if (given != null && given.strip().equals(pairs.get(i).answer())) {
                    correct++;
                }
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("matching question " + question.describe() + " has no pairs");
        }
        return Grade.of(BigDecimal.valueOf(correct).divide(BigDecimal.valueOf(total), Grade.SCALE,
                RoundingMode.HALF_EVEN));
    }

    private static <T extends Response> T expect(GiftQuestion question, Response response, Class<T> kind) {
        if (!kind.isInstance(response)) {
            throw new IllegalArgumentException(question.type() + " question " + question.describe() + " expects a "
                    + kind.getSimpleName() + ", got a " + response.getClass().getSimpleName());
        }
        return kind.cast(response);
    }

    /**
     * Weights such as {@code %33.33333%} approximate a third; three of them sum to 0.9999999. Such a sum
     * is full marks, or a trainee who chose every right answer would sit just below a threshold.
     */
    private static final BigDecimal FULL_MARKS_TOLERANCE = new BigDecimal("0.00001");

    private static BigDecimal clamp(BigDecimal fraction) {
        BigDecimal clamped = fraction.max(BigDecimal.ZERO).min(BigDecimal.ONE);
        return BigDecimal.ONE.subtract(clamped).compareTo(FULL_MARKS_TOLERANCE) < 0 ? BigDecimal.ONE : clamped;
    }
}
