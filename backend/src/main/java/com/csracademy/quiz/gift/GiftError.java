package com.csracademy.quiz.gift;

import java.util.Objects;

/**
 * A problem found while reading GIFT.
 *
 * @param line    1-based line of the problem, or of the start of the question when no finer place is known
 * @param title   the title of the question concerned, or {@code null}
 * @param message what is wrong, in English, meant for the author of the file
 */
public record GiftError(int line, String title, String message) {

    public GiftError {
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return "line " + line + (title == null ? "" : " ('" + title + "')") + ": " + message;
    }
}
