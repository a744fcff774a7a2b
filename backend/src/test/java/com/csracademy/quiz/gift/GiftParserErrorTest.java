package com.csracademy.quiz.gift;

import static com.csracademy.quiz.gift.GiftTestSupport.parseError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GiftParserErrorTest {

    @Test
    void unclosedAnswerBlockIsReportedOnTheLineOfTheBrace() {
        GiftError error = parseError("""
                ::Unclosed::
                Which is a fund?
                {=ETF
                ~Savings account
                """);

        assertThat(error.line()).isEqualTo(3);
        assertThat(error.title()).isEqualTo("Unclosed");
        assertThat(error.message()).startsWith("unclosed answer block");
    }

    @Test
    void closingBraceWithoutOpeningBraceIsAnError() {
        GiftError error = parseError("Q =a ~b}");

        assertThat(error.message()).startsWith("'}' without a matching '{'");
    }

    @Test
    void braceInsideAnAnswerBlockIsAnError() {
        assertThat(parseError("Q {=a {b}").message()).startsWith("'{' inside an answer block");
    }

    @Test
    void twoQuestionsWithoutABlankLineBetweenThemAreAnErrorAtTheSecondBlock() {
        GiftError error = parseError("""
                Q1 {T}
                // the blank line below was forgotten
                Q2 {F}
                """);

        assertThat(error.line()).isEqualTo(3);
        assertThat(error.message()).isEqualTo(
                "a question can have only one answer block; separate questions with a blank line");
    }

    @Test
    void emptyAnswerBlockIsAnEssayNotAnError() {
        GiftParseResult result = GiftParser.parse("Pick one of these: {}");

        assertThat(result.errors()).isEmpty();
        assertThat(result.questions()).extracting(GiftQuestion::type).containsExactly(QuestionType.ESSAY);
    }

    @Test
    void badQuestionInTheMiddleLeavesTheQuestionsBeforeAndAfterIntact() {
        GiftParseResult result = GiftParser.parse("""
                $CATEGORY: funds

                ::Before:: A fund pools money. {T}

                ::Broken:: Which is a fund? {
                    =ETF
                    ~Savings account

                ::After:: Pick the ETF. {=SPY ~Cash}
                """);

        assertThat(result.questions()).extracting(GiftQuestion::title, GiftQuestion::line, GiftQuestion::category)
                .containsExactly(tuple("Before", 3, "funds"), tuple("After", 9, "funds"));
        assertThat(result.errors()).extracting(GiftError::line, GiftError::title)
                .containsExactly(tuple(5, "Broken"));
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void everyBadQuestionGetsItsOwnErrorInFileOrder() {
        GiftParseResult result = GiftParser.parse("""
                ok {T}

                ::Numbers:: Bad number {#abc}

                ok {F}

                ::Pairs:: One pair {=a -> 1}

                ::No answer:: Pick {~a ~b}

                ::Tag::[rich]Text {T}

                ok {=x ~y}
                """);

        assertThat(result.questions()).hasSize(3);
        assertThat(result.errors()).extracting(GiftError::line, GiftError::title, GiftError::message).containsExactly(
                tuple(3, "Numbers", "numerical answer 'abc' is not a number"),
                tuple(7, "Pairs", "matching question needs at least 2 pairs, found 1"),
                tuple(9, "No answer", "multiple-choice question has no correct answer: mark it with '=' or give "
                        + "the correct answers positive weights such as ~%50%"),
                tuple(11, "Tag", "unknown format tag [rich]: expected [html], [moodle], [plain] or [markdown]"));
    }

    @Test
    void errorToStringNamesLineAndTitle() {
        assertThat(new GiftError(3, "Q", "bad")).hasToString("line 3 ('Q'): bad");
        assertThat(new GiftError(3, null, "bad")).hasToString("line 3: bad");
    }

    @Test
    void parserNeverThrowsAndNeverHitsAnUnexpectedFailureOnRandomInput() {
        String alphabet = "{}~=#:%->\\n T F .0123456789abc[html]\n\n\r/$CATEGORY: 中";
        Random random = new Random(20240601);
        for (int run = 0; run < 5_000; run++) {
            StringBuilder source = new StringBuilder();
            int length = random.nextInt(80);
            for (int i = 0; i < length; i++) {
                source.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String gift = source.toString();
            assertThatCode(() -> {
                GiftParseResult result = GiftParser.parse(gift);
                assertThat(result.errors()).as(gift).noneMatch(e -> e.message().startsWith("question could not"));
                assertThat(result.errors()).as(gift).allMatch(e -> e.line() >= 1);
            }).as(gift).doesNotThrowAnyException();
        }
    }

    @Test
    void everyParsedRandomQuestionSurvivesAWriterRoundTrip() {
        String alphabet = "{}~=#%->\\ T .0123456789ab\n";
        Random random = new Random(7);
        int checked = 0;
        for (int run = 0; run < 5_000; run++) {
            StringBuilder source = new StringBuilder("Q ");
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                source.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            GiftParseResult first = GiftParser.parse(source.toString());
            for (GiftQuestion question : first.questions()) {
                GiftParseResult second = GiftParser.parse(GiftWriter.write(java.util.List.of(question)));
                assertThat(second.errors()).as(source.toString()).isEmpty();
                assertThat(second.questions()).as(source.toString()).singleElement()
                        .isEqualTo(question.withLine(1));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(500);
    }
}
