package com.csracademy.quiz.gift;

import static com.csracademy.quiz.gift.GiftTestSupport.dec;
import static com.csracademy.quiz.gift.GiftTestSupport.parseOne;
import static com.csracademy.quiz.gift.GiftTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GiftWriterTest {

    @Test
    void roundTripOfTheRichSampleGivesTheSameQuestions() {
        GiftParseResult original = GiftParser.parse(resource("rich-sample.gift"));
        assertThat(original.errors()).isEmpty();
        assertThat(original.warnings()).isEmpty();

        GiftParseResult reread = GiftParser.parse(GiftWriter.write(original.questions()));

        assertThat(reread.errors()).isEmpty();
        assertThat(reread.warnings()).isEmpty();
        assertThat(withoutLines(reread.questions())).isEqualTo(withoutLines(original.questions()));
    }

    @Test
    void richSampleCoversEveryTypeFormatAndAMissingWord() {
        List<GiftQuestion> questions = GiftParser.parse(resource("rich-sample.gift")).questions();

        assertThat(questions.stream().map(GiftQuestion::type).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(QuestionType.values());
        assertThat(questions.stream().map(GiftQuestion::format).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(TextFormat.values());
        assertThat(questions).anyMatch(GiftQuestion::hasBlank);
        assertThat(questions).flatMap(GiftQuestion::numericAnswers).extracting(NumericAnswer::target)
                .hasAtLeastOneElementOfType(NumericAnswer.Range.class)
                .hasAtLeastOneElementOfType(NumericAnswer.AnyOther.class);
    }

    @Test
    void writingWhatWasWrittenGivesTheSameText() {
        String once = GiftWriter.write(GiftParser.parse(resource("rich-sample.gift")).questions());

        assertThat(GiftWriter.write(GiftParser.parse(once).questions())).isEqualTo(once);
    }

    @Test
    void typicalQuestionIsWrittenInMoodlesLayout() {
        GiftQuestion question = parseOne("""
                $CATEGORY: $course$/funds

                ::NAV::[html]What does <b>NAV</b> mean?{=Net asset value#Yes. ~Net annual volume ~%-50%Nothing
                ####Published daily.}
                """);

        assertThat(GiftWriter.write(List.of(question))).isEqualTo("""
                $CATEGORY: $course$/funds

                ::NAV:: [html]What does <b>NAV</b> mean? {
                \t=Net asset value#Yes.
                \t~Net annual volume
                \t~%-50%Nothing
                \t####Published daily.
                }
                """);
    }

    @Test
    void compactFormsAreUsedWhereNothingIsLost() {
        String written = GiftWriter.write(GiftParser.parse("""
                Cut-off applies. {T}

                Pi {#3.14:0.01}

                Explain. {}

                Read this.
                """).questions());

        assertThat(written).isEqualTo("""
                Cut-off applies. {TRUE}

                Pi {#3.14:0.01}

                Explain. {}

                Read this.
                """);
    }

    @Test
    void categoryIsWrittenOnlyWhenItChanges() {
        String written = GiftWriter.write(GiftParser.parse("""
                $CATEGORY: a

                Q1 {T}

                Q2 {T}

                $CATEGORY: b

                Q3 {T}

                $CATEGORY: a

                Q4 {T}
                """).questions());

        assertThat(written.lines().filter(line -> line.startsWith("$CATEGORY:")))
                .containsExactly("$CATEGORY: a", "$CATEGORY: b", "$CATEGORY: a");
    }

    @Test
    void questionWithoutCategoryAfterACategorisedOneIsRefused() {
        List<GiftQuestion> questions = List.of(
                parseOne("$CATEGORY: a\n\nQ1 {T}"), parseOne("::Loose:: Q2 {T}"));

        assertThatThrownBy(() -> GiftWriter.write(questions))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Loose'").hasMessageContaining("cannot leave a category");
    }

    @ParameterizedTest
    @ValueSource(strings = {"~", "=", "#", "{", "}", ":", "\\"})
    void specialCharactersAreEscapedEverywhere(String special) {
        GiftQuestion question = new GiftQuestion("t" + special, null, TextFormat.MOODLE,
                QuestionType.MULTIPLE_CHOICE, "q" + special, null, "g" + special,
                List.of(new Choice("a" + special, BigDecimal.ONE, "f" + special),
                        new Choice("b", BigDecimal.ZERO, null)),
                null, null, null, null, null, 0);

        String written = GiftWriter.write(List.of(question));

        assertThat(written).contains("::t\\" + special + "::", "q\\" + special, "=a\\" + special + "#f\\" + special,
                "####g\\" + special);
        assertThat(parseOne(written)).isEqualTo(question.withLine(1));
    }

    @Test
    void lineBreaksInTextAreWrittenAsBackslashN() {
        GiftQuestion question = descriptionOf("First line\nSecond line\r\nThird line");

        String written = GiftWriter.write(List.of(question));

        assertThat(written).isEqualTo("First line\\nSecond line\\nThird line\n");
        assertThat(parseOne(written).text()).isEqualTo("First line\nSecond line\nThird line");
    }

    @ParameterizedTest
    @ValueSource(strings = {"// not a comment", "$CATEGORY: not a category", "[html] not a tag", "[Note] text"})
    void textThatWouldReadAsSyntaxIsProtected(String text) {
        GiftQuestion question = descriptionOf(text);

        assertThat(parseOne(GiftWriter.write(List.of(question)))).isEqualTo(question.withLine(1));
    }

    @Test
    void answerTextStartingWithAPercentGetsAnExplicitWeight() {
        List<GiftQuestion> questions = GiftParser.parse("""
                Q {=%100%%50% off is right ~%0%%20% off is wrong}

                Q {~%100%%1% ~%0%%2%}

                Q {=%100%%3% =%50%%4%}
                """).questions();
        assertThat(questions).flatMap(GiftQuestion::choices).extracting(Choice::text)
                .containsExactly("%50% off is right", "%20% off is wrong", "%1%", "%2%", "%3%", "%4%");

        assertThat(withoutLines(GiftParser.parse(GiftWriter.write(questions)).questions()))
                .isEqualTo(withoutLines(questions));
    }

    @Test
    void furtherFullCreditChoicesAreWrittenWithTildeSoTheQuestionStaysSingleChoice() {
        GiftQuestion question = choices(QuestionType.MULTIPLE_CHOICE,
                new Choice("a", BigDecimal.ONE, null), new Choice("b", BigDecimal.ONE, null));

        String written = GiftWriter.write(List.of(question));

        assertThat(written).contains("=a", "~%100%b");
        assertThat(parseOne(written)).isEqualTo(question.withLine(1));
    }

    @Test
    void multipleAnswerQuestionNeverUsesEquals() {
        GiftQuestion question = choices(QuestionType.MULTIPLE_ANSWER,
                new Choice("a", BigDecimal.ONE, null), new Choice("b", dec("-1"), null));

        String written = GiftWriter.write(List.of(question));

        assertThat(written).contains("~%100%a", "~%-100%b").doesNotContain("=");
        assertThat(parseOne(written)).isEqualTo(question.withLine(1));
    }

    @Test
    void trueFalseFeedbackKeepsItsPlace() {
        for (String gift : List.of("Q {T}", "Q {F#wrong}", "Q {T##right}", "Q {F#wrong#right####general}")) {
            GiftQuestion question = parseOne(gift);

            assertThat(parseOne(GiftWriter.write(List.of(question)))).as(gift).isEqualTo(question);
        }
    }

    @Test
    void missingWordKeepsTheTextAroundTheBlank() {
        GiftQuestion question = parseOne("{=Paris ~Lyon} is the capital of France.");

        String written = GiftWriter.write(List.of(question));

        assertThat(written).startsWith("{\n").endsWith("} is the capital of France.\n");
        assertThat(parseOne(written)).isEqualTo(question);
    }

    @Test
    void shortAnswerContainingAnArrowIsRefused() {
        GiftQuestion question = choices(QuestionType.SHORT_ANSWER, new Choice("a->b", BigDecimal.ONE, null));

        assertThatThrownBy(() -> GiftWriter.write(List.of(question)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("would read it as matching");
    }

    @Test
    void matchingItemContainingAnArrowIsRefused() {
        GiftQuestion question = new GiftQuestion(null, null, TextFormat.MOODLE, QuestionType.MATCHING, "Q", null,
                null, null, null, List.of(new MatchPair("a->b", "1"), new MatchPair("c", "2")), null, null, null, 0);

        assertThatThrownBy(() -> GiftWriter.write(List.of(question)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot contain '->'");
    }

    @Test
    void multipleChoiceWithoutAFullCreditChoiceIsRefused() {
        GiftQuestion question = choices(QuestionType.MULTIPLE_CHOICE,
                new Choice("a", dec("0.5"), null), new Choice("b", BigDecimal.ZERO, null));

        assertThatThrownBy(() -> GiftWriter.write(List.of(question)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one of them worth 100%");
    }

    @Test
    void emptyListWritesNothing() {
        assertThat(GiftWriter.write(List.of())).isEmpty();
    }

    private static List<GiftQuestion> withoutLines(List<GiftQuestion> questions) {
        return questions.stream().map(question -> question.withLine(0)).toList();
    }

    private static GiftQuestion descriptionOf(String text) {
        return new GiftQuestion(null, null, TextFormat.MOODLE, QuestionType.DESCRIPTION, text, null, null, null,
                null, null, null, null, null, 0);
    }

    private static GiftQuestion choices(QuestionType type, Choice... choices) {
        return new GiftQuestion(null, null, TextFormat.MOODLE, type, "Q", null, null, List.of(choices), null, null,
                null, null, null, 0);
    }
}
