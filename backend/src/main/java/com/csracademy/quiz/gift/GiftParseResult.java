package com.csracademy.quiz.gift;

import java.util.List;

/**
 * What {@link GiftParser#parse(String)} found.
 *
 * @param questions the questions that could be read, in file order
 * @param errors    one entry for each question, or {@code $CATEGORY} line, that was skipped
 * @param warnings  things Moodle accepts but that are probably mistakes, such as correct answers whose weights
 *                  add up to less than 100%; the questions concerned are still in {@code questions}
 */
public record GiftParseResult(List<GiftQuestion> questions, List<GiftError> errors, List<GiftError> warnings) {

    public GiftParseResult {
        questions = List.copyOf(questions);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
