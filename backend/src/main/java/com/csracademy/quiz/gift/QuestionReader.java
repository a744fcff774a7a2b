package com.csracademy.quiz.gift;

import static com.csracademy.quiz.gift.GiftEscapes.restore;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one question: the non-blank, non-comment lines between two blank lines. Works on the text with escapes
 * replaced by sentinels (see {@link GiftEscapes}), so every {@code { } ~ = # :} it sees is syntax.
 */
final class QuestionReader {

    record Line(int number, String content) {
    }

    private record Piece(char marker, String body, int line) {
    }

    private record Weighted(BigDecimal percent, String rest) {
    }

    private static final char NO_MARKER = 0;
    private static final Pattern FORMAT_TAG = Pattern.compile("\\[([a-z]+)]");
    private static final Pattern WEIGHT = Pattern.compile("%(-?\\d+(?:\\.\\d+)?)%");
    /** Looks like a weight with a typo; anything else after '%' is answer text, as in Moodle. */
    private static final Pattern WEIGHT_LIKE = Pattern.compile("%[-+\\d.,\\s]*%");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");
    private static final BigDecimal MINUS_HUNDRED = Canonical.HUNDRED.negate();

    private final String text;
    private final int[] lineStarts;
    private final int[] lineNumbers;
    private final String category;
    private final List<GiftError> warnings = new ArrayList<>();

    private String title;
    private TextFormat format = TextFormat.MOODLE;
    private QuestionType type;
    private String questionText;
    private Integer blankIndex;
    private String generalFeedback;
    private final List<Choice> choices = new ArrayList<>();
    private final List<NumericAnswer> numericAnswers = new ArrayList<>();
    private final List<MatchPair> matchPairs = new ArrayList<>();
    private Boolean trueFalseAnswer;
    private String trueFalseWrongFeedback;
    private String trueFalseRightFeedback;

    QuestionReader(List<Line> lines, String category) {
        this.category = category;
        this.lineStarts = new int[lines.size()];
        this.lineNumbers = new int[lines.size()];
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                joined.append('\n');
            }
            lineStarts[i] = joined.length();
            lineNumbers[i] = lines.get(i).number();
            joined.append(GiftEscapes.protect(lines.get(i).content()));
        }
        this.text = joined.toString();
    }

    int startLine() {
        return lineNumbers[0];
    }

    /** The title, once read; lets an error name the question it belongs to. */
    String title() {
        return title;
    }

    List<GiftError> warnings() {
        return List.copyOf(warnings);
    }

    GiftQuestion read() {
        int pos = readTitle();
        int open = text.indexOf('{', pos);
        int close = text.indexOf('}', pos);
        if (open < 0 && close < 0) {
            readDescription(pos);
        } else {
            checkBraces(open, close);
            readText(pos, open, close);
            readAnswerBlock(open, close);
        }
        return new GiftQuestion(title, category, format, type, questionText, blankIndex, generalFeedback, choices,
                numericAnswers, matchPairs, trueFalseAnswer, trueFalseWrongFeedback, trueFalseRightFeedback,
                startLine());
    }

    private int readTitle() {
        if (!text.startsWith("::")) {
            return 0;
        }
        int end = text.indexOf("::", 2);
        if (end < 0) {
            throw failAt(0, "unclosed title: the opening '::' has no closing '::'");
        }
        title = Canonical.optionalText(restore(text.substring(2, end).strip()));
        return end + 2;
    }

    private void readDescription(int pos) {
        int start = readFormatTag(pos, text.length());
        questionText = restore(text.substring(start).strip());
        if (questionText.isEmpty()) {
            throw fail("question text is empty");
        }
        type = QuestionType.DESCRIPTION;
    }

    private void checkBraces(int open, int close) {
        if (close >= 0 && (open < 0 || close < open)) {
            throw failAt(close, "'}' without a matching '{' (write \\} for a literal brace)");
        }
        if (close < 0) {
            throw failAt(open, "unclosed answer block: '{' has no matching '}' before the blank line that ends "
                    + "the question");
        }
        int inner = text.indexOf('{', open + 1);
        if (inner >= 0 && inner < close) {
            throw failAt(inner, "'{' inside an answer block (write \\{ for a literal brace)");
        }
        int second = text.indexOf('{', close + 1);
        if (second >= 0) {
            throw failAt(second, "a question can have only one answer block; separate questions with a blank line");
        }
        int stray = text.indexOf('}', close + 1);
        if (stray >= 0) {
            throw failAt(stray, "'}' without a matching '{' (write \\} for a literal brace)");
        }
    }

    /** Text after the block makes a missing-word question: the block marks the blank. */
    private void readText(int pos, int open, int close) {
        int start = readFormatTag(pos, open);
        String before = text.substring(start, open);
        String after = text.substring(close + 1).stripTrailing();
        if (after.isEmpty()) {
            questionText = restore(before.strip());
        } else {
            questionText = restore(before + after);
            blankIndex = before.length();
        }
        if (questionText.isEmpty()) {
            throw fail("question text is empty");
        }
    }

    private int readFormatTag(int from, int limit) {
        int start = skipWhitespace(from, limit);
        Matcher tag = FORMAT_TAG.matcher(text).region(start, limit);
        boolean markdownLink = tag.lookingAt() && tag.end() < text.length() && text.charAt(tag.end()) == '(';
        if (!tag.lookingAt() || markdownLink) {
            return start;
        }
        format = TextFormat.fromTag(tag.group(1)).orElseThrow(() -> failAt(start, "unknown format tag ["
                + tag.group(1) + "]: expected [html], [moodle], [plain] or [markdown]"));
        return skipWhitespace(tag.end(), limit);
    }

    private void readAnswerBlock(int open, int close) {
        int end = close;
        int separator = text.lastIndexOf("####", close - 4);
        if (separator > open) {
            generalFeedback = Canonical.optionalText(restore(text.substring(separator + 4, close).strip()));
            end = separator;
        }
        int start = skipWhitespace(open + 1, end);
        String answers = text.substring(start, end).strip();
        if (answers.isEmpty()) {
            type = QuestionType.ESSAY;
        } else if (answers.charAt(0) == '#') {
            readNumerical(start + 1, end);
        } else if (answers.indexOf('~') >= 0) {
            readChoices(start, end);
        } else if (answers.indexOf('=') >= 0 && answers.contains("->")) {
            readMatching(start, end);
        } else if (isTrueFalse(answers)) {
            readTrueFalse(answers);
        } else {
            readShortAnswer(start, end);
        }
    }

    private void readChoices(int start, int end) {
        List<Piece> pieces = split(start, end, "=~");
        rejectLeadingText(pieces, "each answer must start with '=' (correct) or '~' (wrong or weighted)");
        boolean single = false;
        for (Piece piece : pieces) {
            Weighted weighted = weight(piece);
            BigDecimal fraction;
            if (piece.marker() == '=') {
                single = true;
                if (weighted.percent() != null && weighted.percent().compareTo(Canonical.HUNDRED) != 0) {
                    String percent = Canonical.number(weighted.percent()).toPlainString();
                    throw failAtLine(piece.line(), "'=' marks a fully correct answer and cannot carry weight "
                            + percent + "%; write '~%" + percent + "%' for partial credit");
                }
                fraction = BigDecimal.ONE;
            } else {
                fraction = fraction(weighted.percent(), BigDecimal.ZERO, MINUS_HUNDRED, piece.line());
            }
            choices.add(choice(weighted.rest(), fraction, piece.line()));
        }
        if (choices.size() < 2) {
            throw fail("multiple-choice question needs at least 2 answers, found " + choices.size());
        }
        type = single ? QuestionType.MULTIPLE_CHOICE : QuestionType.MULTIPLE_ANSWER;
        if (!single) {
            checkMultipleAnswerWeights();
        }
    }

    /** Moodle's own form rounds the total to whole percent, so 3 × 33.33333% counts as 100%. */
    private void checkMultipleAnswerWeights() {
        BigDecimal correct = choices.stream().map(Choice::weight).filter(weight -> weight.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (correct.signum() == 0) {
            throw fail("multiple-choice question has no correct answer: mark it with '=' or give the correct "
                    + "answers positive weights such as ~%50%");
        }
        String message = "multiple-answer weights of correct answers sum to " + Canonical.percentOf(correct)
                + "%, expected 100%";
        int comparison = correct.setScale(2, RoundingMode.HALF_UP).compareTo(BigDecimal.ONE);
        if (comparison > 0) {
            throw fail(message);
        }
        if (comparison < 0) {
            warn(message + ", so full marks are impossible");
        }
    }

    private void readShortAnswer(int start, int end) {
        List<Piece> pieces = split(start, end, "=");
        rejectLeadingText(pieces, "short-answer answers start with '=', e.g. {=Paris}; true/false is "
                + "{T}, {TRUE}, {F} or {FALSE}");
        for (Piece piece : pieces) {
            Weighted weighted = weight(piece);
            choices.add(choice(weighted.rest(), fraction(weighted.percent(), BigDecimal.ONE, BigDecimal.ZERO,
                    piece.line()), piece.line()));
        }
        type = QuestionType.SHORT_ANSWER;
        warnUnlessFullMarksPossible(choices.stream().map(Choice::weight).toList());
    }

    private void readMatching(int start, int end) {
        List<Piece> pieces = split(start, end, "=");
        rejectLeadingText(pieces, "matching pairs start with '=', e.g. =Canada -> Ottawa");
        for (Piece piece : pieces) {
            String body = piece.body();
            int arrow = body.indexOf("->");
            if (arrow < 0) {
                throw failAtLine(piece.line(), "matching pair '" + restore(body) + "' has no '->'");
            }
            if (body.indexOf('#') >= 0) {
                throw failAtLine(piece.line(), "matching pairs cannot have feedback (write \\# for a literal '#')");
            }
            String answer = restore(body.substring(arrow + 2).strip());
            if (answer.isEmpty()) {
                throw failAtLine(piece.line(), "matching pair '" + restore(body) + "' has no answer after '->'");
            }
            matchPairs.add(new MatchPair(restore(body.substring(0, arrow).strip()), answer));
        }
        long pairs = matchPairs.stream().filter(pair -> !pair.isDistractor()).count();
        if (pairs < 2) {
            throw fail("matching question needs at least 2 pairs, found " + pairs);
        }
        type = QuestionType.MATCHING;
    }

    private static boolean isTrueFalse(String answers) {
        int hash = answers.indexOf('#');
        String value = (hash < 0 ? answers : answers.substring(0, hash)).strip();
        return TRUE_FALSE.contains(value.toUpperCase(Locale.ROOT));
    }

    private void readTrueFalse(String answers) {
        String[] parts = answers.split("#", 3);
        trueFalseAnswer = parts[0].strip().toUpperCase(Locale.ROOT).startsWith("T");
        trueFalseWrongFeedback = parts.length > 1 ? restore(parts[1].strip()) : null;
        trueFalseRightFeedback = parts.length > 2 ? restore(parts[2].strip()) : null;
        type = QuestionType.TRUE_FALSE;
    }

    private void readNumerical(int start, int end) {
        List<Piece> pieces = split(start, end, "=~");
        for (int i = 0; i < pieces.size(); i++) {
            Piece piece = pieces.get(i);
            if (piece.marker() == '~') {
                if (i < pieces.size() - 1) {
                    throw failAtLine(piece.line(), "'~' (feedback for any other number) must come last in a "
                            + "numerical question");
                }
                numericAnswers.add(anyOther(piece));
                continue;
            }
            Weighted weighted = weight(piece);
            BigDecimal fraction = fraction(weighted.percent(), BigDecimal.ONE, BigDecimal.ZERO, piece.line());
            String rest = weighted.rest();
            // tolerates "=%50%#3.1:0.1": a '#' before the number cannot start feedback, as there is no number yet
            if (rest.startsWith("#")) {
                rest = rest.substring(1).stripLeading();
            }
            int hash = rest.indexOf('#');
            String number = hash < 0 ? rest : rest.substring(0, hash);
            String feedback = hash < 0 ? null : restore(rest.substring(hash + 1).strip());
            numericAnswers.add(new NumericAnswer(target(number.strip(), piece.line()), fraction, feedback));
        }
        List<BigDecimal> weights = numericAnswers.stream()
                .filter(answer -> !(answer.target() instanceof NumericAnswer.AnyOther))
                .map(NumericAnswer::weight).toList();
        if (weights.isEmpty()) {
            throw fail("numerical question needs at least one answer, e.g. {#3.14:0.01}");
        }
        type = QuestionType.NUMERICAL;
        warnUnlessFullMarksPossible(weights);
    }

    private NumericAnswer anyOther(Piece piece) {
        String body = piece.body();
        if (!body.isEmpty() && body.charAt(0) != '#') {
            throw failAtLine(piece.line(), "'~' in a numerical question can only be followed by '#feedback' for "
                    + "any other number");
        }
        String feedback = body.isEmpty() ? null : restore(body.substring(1).strip());
        return new NumericAnswer(new NumericAnswer.AnyOther(), BigDecimal.ZERO, feedback);
    }

    private NumericAnswer.Target target(String spec, int line) {
        if (spec.isEmpty()) {
            throw failAtLine(line, "numerical answer has no number");
        }
        int dots = spec.indexOf("..");
        if (dots > 0) {
            BigDecimal min = number(spec.substring(0, dots), line);
            BigDecimal max = number(spec.substring(dots + 2), line);
            if (min.compareTo(max) > 0) {
                throw failAtLine(line, "range minimum " + min.toPlainString() + " is greater than maximum "
                        + max.toPlainString());
            }
            return new NumericAnswer.Range(min, max);
        }
        int colon = spec.indexOf(':');
        if (colon > 0) {
            BigDecimal tolerance = number(spec.substring(colon + 1), line);
            if (tolerance.signum() < 0) {
                throw failAtLine(line, "tolerance must not be negative, got " + tolerance.toPlainString());
            }
            return new NumericAnswer.Tolerance(number(spec.substring(0, colon), line), tolerance);
        }
        return NumericAnswer.Tolerance.exact(number(spec, line));
    }

    private BigDecimal number(String candidate, int line) {
        String trimmed = candidate.strip();
        if (!NUMBER.matcher(trimmed).matches()) {
            throw failAtLine(line, "numerical answer '" + restore(trimmed) + "' is not a number");
        }
        return new BigDecimal(trimmed);
    }

    private Choice choice(String body, BigDecimal fraction, int line) {
        int hash = body.indexOf('#');
        String answer = restore((hash < 0 ? body : body.substring(0, hash)).strip());
        if (answer.isEmpty()) {
            throw failAtLine(line, "empty answer");
        }
        String feedback = hash < 0 ? null : restore(body.substring(hash + 1).strip());
        return new Choice(answer, fraction, feedback);
    }

    private Weighted weight(Piece piece) {
        Matcher weight = WEIGHT.matcher(piece.body());
        if (weight.lookingAt()) {
            return new Weighted(new BigDecimal(weight.group(1)), piece.body().substring(weight.end()).strip());
        }
        if (WEIGHT_LIKE.matcher(piece.body()).lookingAt()) {
            throw failAtLine(piece.line(), "invalid weight in '" + restore(piece.body())
                    + "': expected a percentage such as %50% or %-33.333%");
        }
        return new Weighted(null, piece.body());
    }

    private BigDecimal fraction(BigDecimal percent, BigDecimal absent, BigDecimal minPercent, int line) {
        if (percent == null) {
            return absent;
        }
        if (percent.compareTo(minPercent) < 0 || percent.compareTo(Canonical.HUNDRED) > 0) {
            throw failAtLine(line, "weight " + Canonical.number(percent).toPlainString() + "% is out of range: "
                    + "weights here must be between " + minPercent.toPlainString() + "% and 100%");
        }
        return percent.movePointLeft(2);
    }

    private void warnUnlessFullMarksPossible(List<BigDecimal> weights) {
        if (weights.stream().noneMatch(weight -> weight.compareTo(BigDecimal.ONE) == 0)) {
            warn("no answer is worth 100%, so full marks are impossible");
        }
    }

    private void rejectLeadingText(List<Piece> pieces, String hint) {
        if (!pieces.isEmpty() && pieces.get(0).marker() == NO_MARKER) {
            throw failAtLine(pieces.get(0).line(), "unexpected text '" + restore(pieces.get(0).body())
                    + "' before the first answer: " + hint);
        }
    }

    /**
     * Cuts {@code [start, end)} at every marker character, as Moodle does: a marker anywhere, even mid-word,
     * starts a new answer unless escaped. Text before the first marker becomes a piece without marker.
     */
    private List<Piece> split(int start, int end, String markers) {
        List<Piece> pieces = new ArrayList<>();
        char marker = NO_MARKER;
        int markerAt = start;
        int bodyStart = start;
        for (int i = start; i <= end; i++) {
            if (i < end && markers.indexOf(text.charAt(i)) < 0) {
                continue;
            }
            String body = text.substring(bodyStart, i);
            if (marker != NO_MARKER) {
                pieces.add(new Piece(marker, body.strip(), lineAt(markerAt)));
            } else if (!body.isBlank()) {
                pieces.add(new Piece(marker, body.strip(), lineAt(skipWhitespace(bodyStart, i))));
            }
            if (i < end) {
                marker = text.charAt(i);
                markerAt = i;
                bodyStart = i + 1;
            }
        }
        return pieces;
    }

    private int skipWhitespace(int from, int limit) {
        int i = from;
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int lineAt(int offset) {
        int i = lineStarts.length - 1;
        while (i > 0 && lineStarts[i] > offset) {
            i--;
        }
        return lineNumbers[i];
    }

    private void warn(String message) {
        warnings.add(new GiftError(startLine(), title, message));
    }

    private GiftSyntaxException fail(String message) {
        return failAtLine(startLine(), message);
    }

    private GiftSyntaxException failAt(int offset, String message) {
        return failAtLine(lineAt(offset), message);
    }

    private static GiftSyntaxException failAtLine(int line, String message) {
        return new GiftSyntaxException(line, message);
    }
}
