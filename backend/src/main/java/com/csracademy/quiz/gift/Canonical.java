package com.csracademy.quiz.gift;

import java.math.BigDecimal;

/** One form per value, so that records built from different spellings of the same GIFT are equal. */
final class Canonical {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Canonical() {
    }

    /**
     * BigDecimal equality depends on scale (0.5 differs from 0.50), so numbers keep their shortest form; a
     * non-negative scale keeps {@code toString()} free of exponents such as {@code 1E+2}.
     */
    static BigDecimal number(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static String percentOf(BigDecimal fraction) {
        return number(fraction.movePointRight(2)).toPlainString();
    }

    /** GIFT cannot tell "no feedback" from "empty feedback" ({@code ~a#}), so both are {@code null}. */
    static String optionalText(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
