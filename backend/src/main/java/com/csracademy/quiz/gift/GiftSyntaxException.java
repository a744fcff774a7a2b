package com.csracademy.quiz.gift;

/** Abandons the question being read; the parser turns it into a {@link GiftError} and goes on. */
final class GiftSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    GiftSyntaxException(int line, String message) {
        // thrown once per bad question as control flow, so a stack trace would only cost time
        super(message, null, false, false);
        this.line = line;
    }

    int line() {
        return line;
    }
}
