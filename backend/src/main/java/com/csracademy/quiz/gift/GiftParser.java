package com.csracademy.quiz.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads Moodle GIFT text (see https://docs.moodle.org/en/GIFT_format). Questions are separated by blank lines;
 * a bad question is reported in {@link GiftParseResult#errors()} and reading goes on with the next one.
 *
 * <p>Where Moodle would silently import something odd, this parser reports an error instead: text before the
 * first answer marker (Moodle makes it an answer, e.g. {@code {Paris}} becomes a short answer), an unknown
 * lower-case {@code [tag]}, a second answer block, feedback in a matching pair, and weights outside the range
 * Moodle's forms allow. It is more lenient in three places: {@code true}/{@code false} in any case, a
 * {@code $CATEGORY:} line not followed by a blank line, and {@code =%50%#3.1} in numerical answers. Format tags are
 * read on the question text only; on answers and feedback they stay part of the text.
 */
public final class GiftParser {

    private static final String CATEGORY = "$CATEGORY:";
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    private final List<GiftQuestion> questions = new ArrayList<>();
    private final List<GiftError> errors = new ArrayList<>();
    private final List<GiftError> warnings = new ArrayList<>();
    private String category;

    private GiftParser() {
    }

    /** Never throws on malformed input: every problem becomes a {@link GiftError}. */
    public static GiftParseResult parse(String source) {
        Objects.requireNonNull(source, "source");
        GiftParser parser = new GiftParser();
        parser.readAll(source.startsWith("\uFEFF") ? source.substring(1) : source);
        return new GiftParseResult(parser.questions, parser.errors, parser.warnings);
    }

    private void readAll(String source) {
        String[] lines = LINE_BREAK.split(source, -1);
        List<QuestionReader.Line> chunk = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "";
            if (line.isEmpty() || line.startsWith(CATEGORY)) {
                readQuestion(chunk);
                chunk.clear();
                if (!line.isEmpty()) {
                    readCategory(i + 1, line);
                }
            } else if (!line.startsWith("//")) {
                // a comment line does not end the question it sits in, just as in Moodle
                chunk.add(new QuestionReader.Line(i + 1, line));
            }
        }
    }

    /**
     * Moodle wants a blank line after $CATEGORY; here the line always stands on its own, so a forgotten blank
     * line cannot turn it into question text.
     */
    private void readCategory(int lineNumber, String line) {
        String path = line.substring(CATEGORY.length()).strip();
        if (path.isEmpty()) {
            errors.add(new GiftError(lineNumber, null, "empty $CATEGORY: expected a path such as $course$/top/funds"));
        } else {
            category = path;
        }
    }

    private void readQuestion(List<QuestionReader.Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        QuestionReader reader = new QuestionReader(lines, category);
        try {
            questions.add(reader.read());
            warnings.addAll(reader.warnings());
        } catch (GiftSyntaxException e) {
            errors.add(new GiftError(e.line(), reader.title(), e.getMessage()));
        } catch (RuntimeException e) {
            // an import must survive any single question, even one that trips a defect in this reader
            errors.add(new GiftError(reader.startLine(), reader.title(), "question could not be read: " + e));
        }
    }
}
