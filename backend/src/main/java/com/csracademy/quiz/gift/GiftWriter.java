package com.csracademy.quiz.gift;

import static com.csracademy.quiz.gift.GiftEscapes.escape;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes questions as GIFT that {@link GiftParser} reads back to the same questions (apart from line numbers).
 * Content that GIFT cannot express, or that would read back as another question type, is refused with an
 * {@link IllegalArgumentException} rather than written wrongly.
 */
public final class GiftWriter {

    private GiftWriter() {
    }

    public static String write(List<GiftQuestion> questions) {
        Objects.requireNonNull(questions, "questions");
        List<String> blocks = new ArrayList<>();
        String category = null;
        for (GiftQuestion question : questions) {
            if (question.category() == null && category != null) {
                throw new IllegalArgumentException("question " + question.describe() + " has no category but "
                        + "follows questions in '" + category + "', and GIFT cannot leave a category");
            }
            if (question.category() != null && !question.category().equals(category)) {
                if (question.category().indexOf('\n') >= 0 || question.category().indexOf('\r') >= 0) {
                    throw new IllegalArgumentException("category must fit on one line: " + question.category());
                }
                category = question.category();
                blocks.add("$CATEGORY: " + category + "\n");
            }
            blocks.add(question(question));
        }
        return String.join("\n", blocks);
    }

    private static String question(GiftQuestion question) {
        StringBuilder out = new StringBuilder();
        if (question.title() != null) {
            out.append("::").append(escape(question.title())).append(":: ");
        }
        String before = question.textBeforeBlank();
        if (question.format() != TextFormat.MOODLE || looksLikeSyntax(before)) {
            out.append('[').append(question.format().tag()).append(']');
        }
        out.append(escape(before));
        if (question.type() != QuestionType.DESCRIPTION) {
            // the space is cosmetic unless the block is a blank, whose surroundings are kept exactly
            out.append(question.hasBlank() ? "" : " ")
                    .append(answerBlock(question))
                    .append(escape(question.textAfterBlank()));
        }
        return out.append('\n').toString();
    }

    /** Text at the start of a line that would read as a comment, category or format tag is shielded by a tag. */
    private static boolean looksLikeSyntax(String text) {
        return text.startsWith("[") || text.startsWith("//") || text.startsWith("$CATEGORY:");
    }

    private static String answerBlock(GiftQuestion question) {
        return switch (question.type()) {
            case ESSAY -> "{" + inlineGeneralFeedback(question) + "}";
            case TRUE_FALSE -> trueFalse(question);
            case MULTIPLE_CHOICE -> lines(question, "", multipleChoice(question));
            case MULTIPLE_ANSWER -> lines(question, "", multipleAnswer(question));
            case SHORT_ANSWER -> lines(question, "", shortAnswer(question));
            case NUMERICAL -> isSimpleNumerical(question)
                    ? "{#" + numbers(question.numericAnswers().get(0).target()) + "}"
                    : lines(question, "#", numerical(question));
            case MATCHING -> lines(question, "", matching(question));
            case DESCRIPTION -> throw new IllegalStateException("a description has no answer block");
        };
    }

    private static String trueFalse(GiftQuestion question) {
        StringBuilder out = new StringBuilder("{").append(question.trueFalseAnswer() ? "TRUE" : "FALSE");
        String wrong = question.trueFalseWrongFeedback();
        String right = question.trueFalseRightFeedback();
        if (wrong != null || right != null) {
            out.append('#').append(wrong == null ? "" : escape(wrong));
        }
        if (right != null) {
            out.append('#').append(escape(right));
        }
        return out.append(inlineGeneralFeedback(question)).append('}').toString();
    }

    private static List<String> multipleChoice(GiftQuestion question) {
        if (question.choices().size() < 2
                || question.choices().stream().noneMatch(choice -> choice.weight().compareTo(BigDecimal.ONE) == 0)) {
            throw new IllegalArgumentException("multiple-choice question " + question.describe()
                    + " needs at least 2 choices, one of them worth 100%");
        }
        List<String> lines = new ArrayList<>();
        boolean correctWritten = false;
        for (Choice choice : question.choices()) {
            // only one '=': further 100% answers are written '~%100%' so no arrangement can look like short answer
            if (!correctWritten && choice.weight().compareTo(BigDecimal.ONE) == 0) {
                correctWritten = true;
                lines.add((startsLikeWeight(choice.text()) ? "=%100%" : "=") + answer(choice));
            } else {
                lines.add("~" + weightUnless(choice, BigDecimal.ZERO) + answer(choice));
            }
        }
        return lines;
    }

    private static List<String> multipleAnswer(GiftQuestion question) {
        if (question.choices().isEmpty()) {
            throw new IllegalArgumentException("multiple-answer question " + question.describe() + " has no choices");
        }
        return question.choices().stream().map(choice -> "~" + weightUnless(choice, BigDecimal.ZERO) + answer(choice))
                .toList();
    }

    private static List<String> shortAnswer(GiftQuestion question) {
        if (question.choices().isEmpty()) {
            throw new IllegalArgumentException("short-answer question " + question.describe() + " has no answers");
        }
        for (Choice choice : question.choices()) {
            if (choice.text().contains("->") || (choice.feedback() != null && choice.feedback().contains("->"))) {
                throw new IllegalArgumentException("short-answer question " + question.describe()
                        + " cannot contain '->' in an answer or its feedback: GIFT would read it as matching");
            }
        }
        return question.choices().stream().map(choice -> "=" + weightUnless(choice, BigDecimal.ONE) + answer(choice))
                .toList();
    }

    private static List<String> numerical(GiftQuestion question) {
        if (question.numericAnswers().isEmpty()) {
            throw new IllegalArgumentException("numerical question " + question.describe() + " has no answers");
        }
        List<String> lines = new ArrayList<>();
        for (NumericAnswer answer : question.numericAnswers()) {
            String feedback = answer.feedback() == null ? "" : "#" + escape(answer.feedback());
            if (answer.target() instanceof NumericAnswer.AnyOther) {
                lines.add("~" + feedback);
                continue;
            }
            String weight = answer.weight().compareTo(BigDecimal.ONE) == 0
                    ? "" : "%" + Canonical.percentOf(answer.weight()) + "%";
            lines.add("=" + weight + numbers(answer.target()) + feedback);
        }
        return lines;
    }

    private static boolean isSimpleNumerical(GiftQuestion question) {
        if (question.numericAnswers().size() != 1 || question.generalFeedback() != null) {
            return false;
        }
        NumericAnswer answer = question.numericAnswers().get(0);
        return answer.feedback() == null && answer.weight().compareTo(BigDecimal.ONE) == 0
                && !(answer.target() instanceof NumericAnswer.AnyOther);
    }

    private static String numbers(NumericAnswer.Target target) {
        if (target instanceof NumericAnswer.Range range) {
            return range.min().toPlainString() + ".." + range.max().toPlainString();
        }
        if (target instanceof NumericAnswer.Tolerance tolerance) {
            return tolerance.value().toPlainString()
                    + (tolerance.tolerance().signum() == 0 ? "" : ":" + tolerance.tolerance().toPlainString());
        }
        throw new IllegalStateException("no number to write for " + target);
    }

    private static List<String> matching(GiftQuestion question) {
        if (question.matchPairs().isEmpty()) {
            throw new IllegalArgumentException("matching question " + question.describe() + " has no pairs");
        }
        List<String> lines = new ArrayList<>();
        for (MatchPair pair : question.matchPairs()) {
            if (pair.question().contains("->")) {
                throw new IllegalArgumentException("matching question " + question.describe() + ": the item '"
                        + pair.question() + "' cannot contain '->', which GIFT reads as the start of its answer");
            }
            lines.add("=" + escape(pair.question()) + " -> " + escape(pair.answer()));
        }
        return lines;
    }

    private static String lines(GiftQuestion question, String opening, List<String> answers) {
        StringBuilder out = new StringBuilder("{").append(opening).append('\n');
        answers.forEach(answer -> out.append('\t').append(answer).append('\n'));
        if (question.generalFeedback() != null) {
            out.append("\t####").append(escape(question.generalFeedback())).append('\n');
        }
        return out.append('}').toString();
    }

    private static String answer(Choice choice) {
        return escape(choice.text()) + (choice.feedback() == null ? "" : "#" + escape(choice.feedback()));
    }

    /** A leading '%' in the text needs an explicit weight in front, or it would be read as the weight. */
    private static String weightUnless(Choice choice, BigDecimal implied) {
        boolean implicit = choice.weight().compareTo(implied) == 0 && !startsLikeWeight(choice.text());
        return implicit ? "" : "%" + Canonical.percentOf(choice.weight()) + "%";
    }

    private static boolean startsLikeWeight(String text) {
        return text.startsWith("%");
    }

    private static String inlineGeneralFeedback(GiftQuestion question) {
        return question.generalFeedback() == null ? "" : "####" + escape(question.generalFeedback());
    }
}
