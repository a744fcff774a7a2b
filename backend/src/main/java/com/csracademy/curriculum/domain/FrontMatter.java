package com.csracademy.curriculum.domain;

/**
 * Splits a lesson file into its YAML front matter and its Markdown body. The front matter sits between
 * a first line {@code ---} and the next line {@code ---}; the body is everything after, kept as it is.
 */
public final class FrontMatter {

    private static final String DELIMITER = "---";

    private FrontMatter() {
    }

    /**
     * @param yaml the front matter, without its delimiters
     * @param body the Markdown after the closing delimiter line, unchanged
     */
    public record Split(String yaml, String body) {
    }

    /** A lesson file without a well-formed front matter block. */
    public static final class Malformed extends RuntimeException {
        public Malformed(String message) {
            super(message);
        }
    }

    public static Split split(String text) {
        String rest = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int firstEnd = lineEnd(rest, 0);
        if (!isDelimiter(rest.substring(0, firstEnd))) {
            throw new Malformed("missing: the file must start with a '---' line, then the lesson's fields, "
                    + "then another '---' line");
        }
        int start = next(rest, firstEnd);
        for (int at = start; at < rest.length(); ) {
            int end = lineEnd(rest, at);
            if (isDelimiter(rest.substring(at, end))) {
                String yaml = rest.substring(start, at);
                if (yaml.isBlank()) {
                    throw new Malformed("empty: there are no fields between the '---' lines");
                }
                return new Split(yaml, rest.substring(next(rest, end)));
            }
            at = next(rest, end);
        }
        throw new Malformed("not closed: no second '---' line ends the front matter");
    }

    private static boolean isDelimiter(String line) {
        return line.stripTrailing().equals(DELIMITER);
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        int end = newline < 0 ? text.length() : newline;
        return end > from && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    private static int next(String text, int lineEnd) {
        if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
            lineEnd++;
        }
        return lineEnd < text.length() && text.charAt(lineEnd) == '\n' ? lineEnd + 1 : lineEnd;
    }
}
