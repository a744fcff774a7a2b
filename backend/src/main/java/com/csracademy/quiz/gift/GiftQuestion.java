package com.csracademy.quiz.gift;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One question read from, or to be written to, GIFT. The answer lists that do not belong to the type are empty.
 *
 * @param title                  the {@code ::title::}, or {@code null}
 * @param category               the {@code $CATEGORY:} path in force, kept literally (e.g. {@code $course$/funds}),
 *                               or {@code null}
 * @param format                 the text format of the question, its answers and feedback
 * @param type                   the question type
 * @param text                   the question text without the answer block
 * @param blankIndex             for a missing-word question, where in {@code text} the answer block stood;
 *                               otherwise {@code null}
 * @param generalFeedback        the {@code ####} feedback shown whatever the answer, or {@code null}
 * @param choices                answers of multiple-choice, multiple-answer and short-answer questions
 * @param numericAnswers         answers of numerical questions
 * @param matchPairs             pairs of matching questions
 * @param trueFalseAnswer        the correct answer of a true/false question, {@code null} for other types
 * @param trueFalseWrongFeedback true/false feedback for a learner who answered wrongly, or {@code null}
 * @param trueFalseRightFeedback true/false feedback for a learner who answered rightly, or {@code null}
 * @param line                   the 1-based source line where the question starts, 0 when not parsed
 */
public record GiftQuestion(
        String title,
        String category,
        TextFormat format,
        QuestionType type,
        String text,
        Integer blankIndex,
        String generalFeedback,
        List<Choice> choices,
        List<NumericAnswer> numericAnswers,
        List<MatchPair> matchPairs,
        Boolean trueFalseAnswer,
        String trueFalseWrongFeedback,
        String trueFalseRightFeedback,
        int line) {

    private static final Set<QuestionType> CHOICE_TYPES =
            EnumSet.of(QuestionType.MULTIPLE_CHOICE, QuestionType.MULTIPLE_ANSWER, QuestionType.SHORT_ANSWER);

    public GiftQuestion {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        title = strippedOrNull(title);
        category = strippedOrNull(category);
        generalFeedback = Canonical.optionalText(generalFeedback);
        trueFalseWrongFeedback = Canonical.optionalText(trueFalseWrongFeedback);
        trueFalseRightFeedback = Canonical.optionalText(trueFalseRightFeedback);
        choices = choices == null ? List.of() : List.copyOf(choices);
        numericAnswers = numericAnswers == null ? List.of() : List.copyOf(numericAnswers);
        matchPairs = matchPairs == null ? List.of() : List.copyOf(matchPairs);
        if (blankIndex != null && (blankIndex < 0 || blankIndex > text.length())) {
            throw new IllegalArgumentException("blankIndex " + blankIndex + " lies outside the text");
        }
        requireOnlyFor(!choices.isEmpty(), CHOICE_TYPES.contains(type), "choices", type);
        requireOnlyFor(!numericAnswers.isEmpty(), type == QuestionType.NUMERICAL, "numericAnswers", type);
        requireOnlyFor(!matchPairs.isEmpty(), type == QuestionType.MATCHING, "matchPairs", type);
        if ((type == QuestionType.TRUE_FALSE) != (trueFalseAnswer != null)) {
            throw new IllegalArgumentException("trueFalseAnswer is required for TRUE_FALSE and only for it");
        }
    }

    public boolean hasBlank() {
        return blankIndex != null;
    }

    /** The text before the blank of a missing-word question, or the whole text when there is no blank. */
    public String textBeforeBlank() {
        return hasBlank() ? text.substring(0, blankIndex) : text;
    }

    /** The text after the blank of a missing-word question, or empty when there is no blank. */
    public String textAfterBlank() {
        return hasBlank() ? text.substring(blankIndex) : "";
    }

    /** The text as a learner reads it, with {@code marker} (e.g. "_____") where the blank is. */
    public String textWithBlank(String marker) {
        return hasBlank() ? textBeforeBlank() + marker + textAfterBlank() : text;
    }

    public GiftQuestion withLine(int newLine) {
        return new GiftQuestion(title, category, format, type, text, blankIndex, generalFeedback, choices,
                numericAnswers, matchPairs, trueFalseAnswer, trueFalseWrongFeedback, trueFalseRightFeedback, newLine);
    }

    /** Names the question in messages: by title, else by line, else by the start of its text. */
    public String describe() {
        if (title != null) {
            return "'" + title + "'" + (line > 0 ? " (line " + line + ")" : "");
        }
        if (line > 0) {
            return "at line " + line;
        }
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }

    private static String strippedOrNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void requireOnlyFor(boolean present, boolean allowed, String component, QuestionType type) {
        if (present && !allowed) {
            throw new IllegalArgumentException(component + " must be empty for a " + type + " question");
        }
    }
}
