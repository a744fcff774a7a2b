package com.csracademy.quiz.gift;

/**
 * GIFT's backslash escapes. While reading, each escaped character is swapped for a sentinel so that the
 * syntax scan never mistakes it for a separator; the sentinels become the real characters at the end.
 */
final class GiftEscapes {

    private static final String ESCAPED = "\\:#={}~n";
    private static final String MEANING = "\\:#={}~\n";
    private static final String SPECIAL = ":#={}~";
    /** Unicode noncharacters never occur in interchange text, so they cannot collide with anything typed. */
    private static final char FIRST_SENTINEL = '\uFDD0';
    private static final char LAST_SENTINEL = (char) (FIRST_SENTINEL + ESCAPED.length() - 1);

    private GiftEscapes() {
    }

    static String protect(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isSentinel(c)) {
                // a raw noncharacter would otherwise come back out as an escaped character
                out.append('\uFFFD');
            } else if (c == '\\' && i + 1 < raw.length() && ESCAPED.indexOf(raw.charAt(i + 1)) >= 0) {
                out.append((char) (FIRST_SENTINEL + ESCAPED.indexOf(raw.charAt(i + 1))));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String restore(String protectedText) {
        StringBuilder out = new StringBuilder(protectedText.length());
        for (int i = 0; i < protectedText.length(); i++) {
            char c = protectedText.charAt(i);
            out.append(isSentinel(c) ? MEANING.charAt(c - FIRST_SENTINEL) : c);
        }
        return out.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c != '\r') {
                // a carriage return would break the line in the file; line breaks travel as \n
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSentinel(char c) {
        return c >= FIRST_SENTINEL && c <= LAST_SENTINEL;
    }
}
