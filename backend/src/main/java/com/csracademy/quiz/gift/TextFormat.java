package com.csracademy.quiz.gift;

import java.util.Arrays;
import java.util.Optional;

/** How question text is rendered, chosen with a {@code [tag]} before the text; Moodle's default is {@link #MOODLE}. */
public enum TextFormat {
    MOODLE("moodle"),
    HTML("html"),
    PLAIN("plain"),
    MARKDOWN("markdown");

    private final String tag;

    TextFormat(String tag) {
        this.tag = tag;
    }

    /** The name written between square brackets, e.g. {@code html}. */
    public String tag() {
        return tag;
    }

    /** The format for a tag name; Moodle only knows the lower-case names. */
    public static Optional<TextFormat> fromTag(String tag) {
        return Arrays.stream(values()).filter(format -> format.tag.equals(tag)).findFirst();
    }
}
