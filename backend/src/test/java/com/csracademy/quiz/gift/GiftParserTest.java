package com.csracademy.quiz.gift;

import static com.csracademy.quiz.gift.GiftTestSupport.dec;
import static com.csracademy.quiz.gift.GiftTestSupport.parseError;
import static com.csracademy.quiz.gift.GiftTestSupport.parseOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.csracademy.quiz.gift.NumericAnswer.AnyOther;
import com.csracademy.quiz.gift.NumericAnswer.Range;
import com.csracademy.quiz.gift.NumericAnswer.Tolerance;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GiftParserTest {

    @Nested
    class Categories {

        @Test
        void categoryLineAppliesToTheQuestionsThatFollow() {
            GiftParseResult result = GiftParser.parse("""
                    $CATEGORY: $course$/securities-basics/funds

                    Q1 {T}

                    Q2 {F}
                    """);

            assertThat(result.questions()).extracting(GiftQuestion::category)
                    .containsExactly("$course$/securities-basics/funds", "$course$/securities-basics/funds");
        }

        @Test
        void categoryPathIsKeptLiterally() {
            GiftQuestion question = parseOne("$CATEGORY:   $course$/top/Default for CSR/sub category  \n\nQ {T}");

            assertThat(question.category()).isEqualTo("$course$/top/Default for CSR/sub category");
        }

        @Test
        void laterCategoryLineReplacesTheEarlierOne() {
            GiftParseResult result = GiftParser.parse("""
                    Before any category {T}

                    $CATEGORY: a/b

                    In a/b {T}

                    $CATEGORY: c

                    In c {T}
                    """);

            assertThat(result.questions()).extracting(GiftQuestion::category).containsExactly(null, "a/b", "c");
        }

        @Test
        void categoryLineMayDirectlyPrecedeAQuestion() {
            GiftQuestion question = parseOne("""
                    $CATEGORY: funds
                    ::Q:: Funds hold assets. {T}
                    """);

            assertThat(question.category()).isEqualTo("funds");
            assertThat(question.title()).isEqualTo("Q");
            assertThat(question.line()).isEqualTo(2);
        }

        @Test
        void categoryLineDirectlyAfterAQuestionStillStartsANewCategory() {
            GiftParseResult result = GiftParser.parse("""
                    Q1 {T}
                    $CATEGORY: b
                    Q2 {T}
                    """);

            assertThat(result.errors()).isEmpty();
            assertThat(result.questions()).extracting(GiftQuestion::text, GiftQuestion::category)
                    .containsExactly(tuple("Q1", null), tuple("Q2", "b"));
        }

        @Test
        void emptyCategoryIsAnErrorAndKeepsThePreviousCategory() {
            GiftParseResult result = GiftParser.parse("""
                    $CATEGORY: funds

                    $CATEGORY:

                    Q {T}
                    """);

            assertThat(result.errors()).extracting(GiftError::line).containsExactly(3);
            assertThat(result.errors().get(0).message()).contains("empty $CATEGORY");
            assertThat(result.questions()).extracting(GiftQuestion::category).containsExactly("funds");
        }
    }

    @Nested
    class Titles {

        @Test
        void titleBetweenDoubleColonsIsReadAndRemovedFromTheText() {
            GiftQuestion question = parseOne("::Fund basics:: What is a fund? {=A pool ~A bank}");

            assertThat(question.title()).isEqualTo("Fund basics");
            assertThat(question.text()).isEqualTo("What is a fund?");
        }

        @Test
        void questionWithoutTitleHasNullTitle() {
            assertThat(parseOne("What is a fund? {=A pool ~A bank}").title()).isNull();
        }

        @Test
        void emptyTitleCountsAsNoTitle() {
            assertThat(parseOne("::::Text {T}").title()).isNull();
        }

        @Test
        void titleMayContainEscapedColonsAndSpanLines() {
            GiftQuestion question = parseOne("""
                    ::Ratio 1\\:2::
                    Is 1:2 a ratio? {T}
                    """);

            assertThat(question.title()).isEqualTo("Ratio 1:2");
            assertThat(question.text()).isEqualTo("Is 1:2 a ratio?");
        }

        @Test
        void titleWithoutClosingColonsIsAnError() {
            GiftError error = parseError("::Unclosed title Is this right? {T}");

            assertThat(error.line()).isEqualTo(1);
            assertThat(error.message()).contains("unclosed title");
        }

        @Test
        void errorsNameTheTitleOfTheBadQuestion() {
            GiftError error = parseError("::Broken:: Pick one {=a ~b");

            assertThat(error.title()).isEqualTo("Broken");
        }
    }

    @Nested
    class FormatTags {

        @ParameterizedTest
        @CsvSource({"html, HTML", "moodle, MOODLE", "plain, PLAIN", "markdown, MARKDOWN"})
        void formatTagSetsTheTextFormatAndIsRemovedFromTheText(String tag, TextFormat expected) {
            GiftQuestion question = parseOne("::T::[" + tag + "]Some *text* {T}");

            assertThat(question.format()).isEqualTo(expected);
            assertThat(question.text()).isEqualTo("Some *text*");
        }

        @Test
        void formatDefaultsToMoodle() {
            assertThat(parseOne("Plain question {T}").format()).isEqualTo(TextFormat.MOODLE);
        }

        @Test
        void formatTagWorksWithoutTitleAndOnDescriptions() {
            GiftQuestion question = parseOne("[html]<p>Read this first.</p>");

            assertThat(question.type()).isEqualTo(QuestionType.DESCRIPTION);
            assertThat(question.format()).isEqualTo(TextFormat.HTML);
            assertThat(question.text()).isEqualTo("<p>Read this first.</p>");
        }

        @Test
        void unknownFormatTagIsAnErrorOnItsLine() {
            GiftError error = parseError("""
                    ::Bad format::
                    [rtf]Some text {T}
                    """);

            assertThat(error.line()).isEqualTo(2);
            assertThat(error.message()).isEqualTo(
                    "unknown format tag [rtf]: expected [html], [moodle], [plain] or [markdown]");
            assertThat(error.title()).isEqualTo("Bad format");
        }

        @Test
        void bracketsThatAreNotALowerCaseTagStayInTheText() {
            assertThat(parseOne("[Note] Cut-off is 4 p.m. {T}").text()).isEqualTo("[Note] Cut-off is 4 p.m.");
            assertThat(parseOne("[markdown][the rules](http://example.com) apply {T}").text())
                    .isEqualTo("[the rules](http://example.com) apply");
        }
    }

    @Nested
    class MultipleChoice {

        @Test
        void equalsMarksTheCorrectAnswerAndTildeTheWrongOnes() {
            GiftQuestion question = parseOne("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}");

            assertThat(question.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
            assertThat(question.text()).isEqualTo("Who's buried in Grant's tomb?");
            assertThat(question.hasBlank()).isFalse();
            assertThat(question.choices()).extracting(Choice::text, Choice::weight)
                    .containsExactly(tuple("Grant", dec("0")), tuple("Jefferson", dec("0")), tuple("no one", dec("1")));
        }

        @Test
        void answersMayStandOnSeparateLines() {
            GiftQuestion question = parseOne("""
                    What is a fund? {
                        =A pool of investors' money
                        ~A bank account
                        ~A tax
                    }
                    """);

            assertThat(question.choices()).extracting(Choice::text)
                    .containsExactly("A pool of investors' money", "A bank account", "A tax");
        }

        @Test
        void wrongAnswersMayCarryPartialOrNegativeCredit() {
            GiftQuestion question = parseOne("Capital of Australia? {=Canberra ~%50%Sydney ~%-25%Auckland}");

            assertThat(question.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
            assertThat(question.choices()).extracting(Choice::weight)
                    .containsExactly(dec("1"), dec("0.5"), dec("-0.25"));
        }

        @Test
        void twoEqualsAnswersStaySingleChoiceWithTwoRightAnswers() {
            GiftQuestion question = parseOne("Either is fine {=a =b ~c}");

            assertThat(question.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
            assertThat(question.choices()).extracting(Choice::weight).containsExactly(dec("1"), dec("1"), dec("0"));
        }

        @Test
        void equalsWithAHundredPercentWeightIsAccepted() {
            assertThat(parseOne("Q {=%100%a ~b}").choices().get(0).weight()).isEqualTo(dec("1"));
        }

        @Test
        void equalsWithPartialWeightIsAnError() {
            GiftError error = parseError("Q {=%50%a ~b}");

            assertThat(error.message()).contains("'=' marks a fully correct answer").contains("~%50%");
        }

        @Test
        void multipleChoiceWithOnlyOneAnswerIsAnError() {
            GiftError error = parseError("Lonely {~%100%only}");

            assertThat(error.message()).isEqualTo("multiple-choice question needs at least 2 answers, found 1");
        }

        @Test
        void multipleChoiceWithoutAnyCorrectAnswerIsAnError() {
            GiftError error = parseError("""
                    // no '=' and no positive weight
                    ::No right answer::
                    Pick one {~a ~b ~c}
                    """);

            assertThat(error.line()).isEqualTo(2);
            assertThat(error.message()).startsWith("multiple-choice question has no correct answer");
        }

        @Test
        void textBeforeTheFirstAnswerMarkerIsAnError() {
            GiftError error = parseError("Q {oops =a ~b}");

            assertThat(error.message()).startsWith("unexpected text 'oops' before the first answer");
        }

        @Test
        void emptyAnswerIsAnError() {
            assertThat(parseError("Q {=a ~ ~b}").message()).isEqualTo("empty answer");
        }
    }

    @Nested
    class MultipleAnswer {

        @Test
        void weightsWithoutEqualsMakeAMultipleAnswerQuestion() {
            GiftQuestion question = parseOne("""
                    What two people are entombed in Grant's tomb? {
                        ~%-100%No one
                        ~%50%Grant
                        ~%50%Grant's wife
                        ~%-100%Grant's father
                    }
                    """);

            assertThat(question.type()).isEqualTo(QuestionType.MULTIPLE_ANSWER);
            assertThat(question.choices()).extracting(Choice::weight)
                    .containsExactly(dec("-1"), dec("0.5"), dec("0.5"), dec("-1"));
        }

        @Test
        void decimalWeightsAreKeptExactly() {
            GiftQuestion question = parseOne("Q {~%33.33333%a ~%33.33333%b ~%33.33333%c ~d}");

            assertThat(question.choices().get(0).weight()).isEqualTo(dec("0.3333333"));
            assertThat(question.choices().get(0).percent()).isEqualTo(dec("33.33333"));
        }

        @Test
        void thirdsThatRoundToAHundredPercentAreAccepted() {
            GiftParseResult result = GiftParser.parse("Q {~%33.33333%a ~%33.33333%b ~%33.33333%c ~d}");

            assertThat(result.errors()).isEmpty();
            assertThat(result.warnings()).isEmpty();
        }

        @Test
        void correctWeightsAboveAHundredPercentAreAnError() {
            GiftError error = parseError("Q {~%60%a ~%50%b ~c}");

            assertThat(error.message())
                    .isEqualTo("multiple-answer weights of correct answers sum to 110%, expected 100%");
        }

        @Test
        void correctWeightsBelowAHundredPercentAreAcceptedWithAWarning() {
            GiftParseResult result = GiftParser.parse("""

                    ::Short:: Q {~%40%a ~%40%b ~c}
                    """);

            assertThat(result.errors()).isEmpty();
            assertThat(result.questions()).hasSize(1);
            assertThat(result.warnings()).singleElement().satisfies(warning -> {
                assertThat(warning.line()).isEqualTo(2);
                assertThat(warning.title()).isEqualTo("Short");
                assertThat(warning.message()).startsWith(
                        "multiple-answer weights of correct answers sum to 80%, expected 100%");
            });
        }

        @Test
        void onlyNegativeOrZeroWeightsIsAnError() {
            assertThat(parseError("Q {~%-50%a ~%0%b}").message()).startsWith("multiple-choice question has no correct");
        }

        @Test
        void weightBeyondAHundredPercentIsAnErrorOnItsLine() {
            GiftError error = parseError("""
                    Q {
                        ~%50%a
                        ~%150%b
                    }
                    """);

            assertThat(error.line()).isEqualTo(3);
            assertThat(error.message()).startsWith("weight 150% is out of range");
        }

        @Test
        void malformedWeightIsAnError() {
            assertThat(parseError("Q {~%5,5%a ~%50%b}").message()).startsWith("invalid weight in '%5,5%a'");
        }

        @Test
        void textThatMerelyStartsWithPercentIsAnAnswer() {
            GiftQuestion question = parseOne("Printf? {=%d% prints a number ~%s%}");

            assertThat(question.choices()).extracting(Choice::text).containsExactly("%d% prints a number", "%s%");
        }
    }

    @Nested
    class TrueFalse {

        @ParameterizedTest
        @CsvSource({"T, true", "TRUE, true", "F, false", "FALSE, false", "true, true", "False, false"})
        void trueFalseAnswerIsRead(String written, boolean expected) {
            GiftQuestion question = parseOne("The sun rises in the east.{" + written + "}");

            assertThat(question.type()).isEqualTo(QuestionType.TRUE_FALSE);
            assertThat(question.trueFalseAnswer()).isEqualTo(expected);
            assertThat(question.trueFalseWrongFeedback()).isNull();
            assertThat(question.trueFalseRightFeedback()).isNull();
        }

        @Test
        void firstFeedbackIsForAWrongAnswerAndSecondForARightOne() {
            GiftQuestion question = parseOne("Is 2+2 four? {TRUE#Count again.#Well done.}");

            assertThat(question.trueFalseWrongFeedback()).isEqualTo("Count again.");
            assertThat(question.trueFalseRightFeedback()).isEqualTo("Well done.");
        }

        @Test
        void feedbackForAWrongAnswerMayStandAlone() {
            GiftQuestion question = parseOne("Is the moon a star? {F#It is a satellite.}");

            assertThat(question.trueFalseAnswer()).isFalse();
            assertThat(question.trueFalseWrongFeedback()).isEqualTo("It is a satellite.");
            assertThat(question.trueFalseRightFeedback()).isNull();
        }

        @Test
        void trueFalseTakesGeneralFeedbackToo() {
            GiftQuestion question = parseOne("Q {T##Right.####Always check the prospectus.}");

            assertThat(question.trueFalseWrongFeedback()).isNull();
            assertThat(question.trueFalseRightFeedback()).isEqualTo("Right.");
            assertThat(question.generalFeedback()).isEqualTo("Always check the prospectus.");
        }
    }

    @Nested
    class ShortAnswer {

        @Test
        void equalsAnswersWithoutTildeMakeAShortAnswer() {
            GiftQuestion question = parseOne("Who's buried in Grant's tomb?{=no one =nobody}");

            assertThat(question.type()).isEqualTo(QuestionType.SHORT_ANSWER);
            assertThat(question.choices()).extracting(Choice::text, Choice::weight)
                    .containsExactly(tuple("no one", dec("1")), tuple("nobody", dec("1")));
        }

        @Test
        void equalsAnswersMayCarryWeightAndFeedback() {
            GiftQuestion question =
                    parseOne("Capital of France? {=Paris#Yes. =%50%Lutetia#Its Roman name. =%0%Lyon#No.}");

            assertThat(question.choices()).extracting(Choice::text, Choice::weight, Choice::feedback).containsExactly(
                    tuple("Paris", dec("1"), "Yes."),
                    tuple("Lutetia", dec("0.5"), "Its Roman name."),
                    tuple("Lyon", dec("0"), "No."));
        }

        @Test
        void answerWithoutEqualsIsAnError() {
            GiftError error = parseError("Capital of France? {Paris}");

            assertThat(error.message()).startsWith("unexpected text 'Paris' before the first answer: "
                    + "short-answer answers start with '='");
        }

        @Test
        void negativeWeightIsAnError() {
            assertThat(parseError("Q {=a =%-50%b}").message())
                    .isEqualTo("weight -50% is out of range: weights here must be between 0% and 100%");
        }

        @Test
        void noFullCreditAnswerGivesAWarning() {
            GiftParseResult result = GiftParser.parse("Q {=%50%a}");

            assertThat(result.questions()).hasSize(1);
            assertThat(result.warnings()).extracting(GiftError::message)
                    .containsExactly("no answer is worth 100%, so full marks are impossible");
        }
    }

    @Nested
    class Numerical {

        @Test
        void valueWithTolerance() {
            GiftQuestion question = parseOne("What is π to two decimals? {#3.14:0.005}");

            assertThat(question.type()).isEqualTo(QuestionType.NUMERICAL);
            assertThat(question.numericAnswers()).singleElement().satisfies(answer -> {
                assertThat(answer.target()).isEqualTo(new Tolerance(dec("3.14"), dec("0.005")));
                assertThat(answer.weight()).isEqualTo(dec("1"));
                assertThat(answer.feedback()).isNull();
            });
        }

        @Test
        void rangeWithTwoDots() {
            GiftQuestion question = parseOne("A number from 1 to 5 {#1..5}");

            assertThat(question.numericAnswers().get(0).target()).isEqualTo(new Range(dec("1"), dec("5")));
        }

        @Test
        void bareNumberIsExact() {
            GiftQuestion question = parseOne("Three {#3}");

            assertThat(question.numericAnswers().get(0).target()).isEqualTo(new Tolerance(dec("3"), dec("0")));
        }

        @Test
        void negativeAndDecimalNumbers() {
            assertThat(parseOne("Q {#-37.5:0.5}").numericAnswers().get(0).target())
                    .isEqualTo(new Tolerance(dec("-37.5"), dec("0.5")));
            assertThat(parseOne("Q {#-5..-1}").numericAnswers().get(0).target())
                    .isEqualTo(new Range(dec("-5"), dec("-1")));
        }

        @Test
        void numbersAreStoredInTheirShortestForm() {
            assertThat(parseOne("Q {#3.140:0.0100}").numericAnswers().get(0).target())
                    .isEqualTo(new Tolerance(dec("3.14"), dec("0.01")));
        }

        @Test
        void multipleWeightedAnswersInTheBriefsSyntax() {
            GiftQuestion question = parseOne("Approximate π {# =3.14:0.01 =%50%#3.1:0.1}");

            assertThat(question.numericAnswers()).extracting(NumericAnswer::target, NumericAnswer::weight)
                    .containsExactly(
                            tuple(new Tolerance(dec("3.14"), dec("0.01")), dec("1")),
                            tuple(new Tolerance(dec("3.1"), dec("0.1")), dec("0.5")));
        }

        @Test
        void multipleAnswersWithFeedbackInMoodlesSyntax() {
            GiftQuestion question = parseOne("""
                    When was Ulysses S. Grant born? {#
                        =1822:0      # Correct! Full credit.
                        =%50%1822:2  # He was born in 1822. Half credit for being close.
                    }
                    """);

            assertThat(question.numericAnswers())
                    .extracting(NumericAnswer::target, NumericAnswer::weight, NumericAnswer::feedback)
                    .containsExactly(
                            tuple(new Tolerance(dec("1822"), dec("0")), dec("1"), "Correct! Full credit."),
                            tuple(new Tolerance(dec("1822"), dec("2")), dec("0.5"),
                                    "He was born in 1822. Half credit for being close."));
        }

        @Test
        void feedbackFollowsTheNumberAfterAHash() {
            assertThat(parseOne("Q {#42#The answer.}").numericAnswers().get(0).feedback()).isEqualTo("The answer.");
        }

        @Test
        void tildeGivesFeedbackForAnyOtherNumber() {
            GiftQuestion question = parseOne("Q {#=1 ~#Read the settlement rule.}");

            assertThat(question.numericAnswers()).last().satisfies(answer -> {
                assertThat(answer.target()).isEqualTo(new AnyOther());
                assertThat(answer.weight()).isEqualTo(dec("0"));
                assertThat(answer.feedback()).isEqualTo("Read the settlement rule.");
            });
        }

        @Test
        void nonNumberIsAnErrorOnTheLineOfTheAnswer() {
            GiftError error = parseError("""
                    ::Settlement::
                    How many days? {#
                        =1
                        =%50%two
                    }
                    """);

            assertThat(error.line()).isEqualTo(4);
            assertThat(error.message()).isEqualTo("numerical answer 'two' is not a number");
            assertThat(error.title()).isEqualTo("Settlement");
        }

        @Test
        void nonNumberToleranceIsAnError() {
            assertThat(parseError("Q {#3.14:small}").message()).isEqualTo("numerical answer 'small' is not a number");
        }

        @Test
        void rangeWithMinimumAboveMaximumIsAnError() {
            assertThat(parseError("Q {#5..1}").message()).isEqualTo("range minimum 5 is greater than maximum 1");
        }

        @Test
        void numericalWithoutAnswerIsAnError() {
            assertThat(parseError("Q {#}").message()).startsWith("numerical question needs at least one answer");
        }

        @Test
        void weightAboveAHundredIsAnError() {
            assertThat(parseError("Q {#=%120%3}").message()).startsWith("weight 120% is out of range");
        }
    }

    @Nested
    class Matching {

        @Test
        void pairsAreReadInOrder() {
            GiftQuestion question = parseOne("""
                    Match the countries with their capitals. {
                        =Canada -> Ottawa
                        =Italy  -> Rome
                        =Japan  -> Tokyo
                    }
                    """);

            assertThat(question.type()).isEqualTo(QuestionType.MATCHING);
            assertThat(question.matchPairs()).containsExactly(
                    new MatchPair("Canada", "Ottawa"), new MatchPair("Italy", "Rome"), new MatchPair("Japan", "Tokyo"));
        }

        @Test
        void twoPairsAreEnough() {
            assertThat(parseOne("Q {=a -> 1 =b -> 2}").matchPairs()).hasSize(2);
        }

        @Test
        void emptyItemMakesADistractorAnswer() {
            GiftQuestion question = parseOne("Q {=a -> 1 =b -> 2 = -> 3}");

            assertThat(question.matchPairs().get(2)).isEqualTo(new MatchPair("", "3"));
            assertThat(question.matchPairs().get(2).isDistractor()).isTrue();
        }

        @Test
        void answerMayContainAnArrow() {
            assertThat(parseOne("Q {=a -> x->y =b -> 2}").matchPairs().get(0).answer()).isEqualTo("x->y");
        }

        @Test
        void matchingWithOnePairIsAnError() {
            GiftError error = parseError("""


                    ::One pair:: Match it. {=a -> 1}
                    """);

            assertThat(error.line()).isEqualTo(3);
            assertThat(error.message()).isEqualTo("matching question needs at least 2 pairs, found 1");
        }

        @Test
        void distractorsDoNotCountAsPairs() {
            assertThat(parseError("Q {=a -> 1 = -> 2}").message())
                    .isEqualTo("matching question needs at least 2 pairs, found 1");
        }

        @Test
        void pairWithoutArrowIsAnErrorOnItsLine() {
            GiftError error = parseError("""
                    Q {
                        =a -> 1
                        =b 2
                    }
                    """);

            assertThat(error.line()).isEqualTo(3);
            assertThat(error.message()).isEqualTo("matching pair 'b 2' has no '->'");
        }

        @Test
        void pairWithFeedbackIsAnError() {
            assertThat(parseError("Q {=a -> 1#nice =b -> 2}").message())
                    .startsWith("matching pairs cannot have feedback");
        }
    }

    @Nested
    class MissingWord {

        @Test
        void answerBlockInTheMiddleMarksTheBlank() {
            GiftQuestion question = parseOne("Grant is {~buried =entombed ~living} in Grant's tomb.");

            assertThat(question.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
            assertThat(question.hasBlank()).isTrue();
            assertThat(question.textBeforeBlank()).isEqualTo("Grant is ");
            assertThat(question.textAfterBlank()).isEqualTo(" in Grant's tomb.");
            assertThat(question.textWithBlank("_____")).isEqualTo("Grant is _____ in Grant's tomb.");
            assertThat(question.blankIndex()).isEqualTo(9);
        }

        @Test
        void answerBlockAtTheStartMakesABlankAtIndexZero() {
            GiftQuestion question = parseOne("{=Paris ~Lyon} is the capital of France.");

            assertThat(question.blankIndex()).isZero();
            assertThat(question.text()).isEqualTo(" is the capital of France.");
        }

        @Test
        void answerBlockAtTheEndIsNoBlank() {
            GiftQuestion question = parseOne("Grant is buried in Grant's tomb. {F}  ");

            assertThat(question.hasBlank()).isFalse();
            assertThat(question.textAfterBlank()).isEmpty();
        }

        @Test
        void multiLineAnswerBlockCanStillMarkABlank() {
            GiftQuestion question = parseOne("""
                    The fund's {
                        =net asset value
                        ~ticker
                    } is published daily.
                    """);

            assertThat(question.textWithBlank("___")).isEqualTo("The fund's ___ is published daily.");
        }

        @Test
        void shortAnswerMayAlsoFillABlank() {
            GiftQuestion question = parseOne("Two plus {=two} is four.");

            assertThat(question.type()).isEqualTo(QuestionType.SHORT_ANSWER);
            assertThat(question.textWithBlank("…")).isEqualTo("Two plus … is four.");
        }
    }

    @Nested
    class EssayAndDescription {

        @Test
        void emptyAnswerBlockIsAnEssay() {
            GiftQuestion question = parseOne("Write a short biography of Dag Hammarskjöld. {}");

            assertThat(question.type()).isEqualTo(QuestionType.ESSAY);
            assertThat(question.choices()).isEmpty();
        }

        @Test
        void answerBlockWithOnlyWhitespaceIsAnEssay() {
            assertThat(parseOne("Explain diversification. {  \n  }").type()).isEqualTo(QuestionType.ESSAY);
        }

        @Test
        void emptyAnswerBlockInsideTheTextIsAnEssayWithABlank() {
            GiftQuestion question = parseOne("My reason: {} because of risk.");

            assertThat(question.type()).isEqualTo(QuestionType.ESSAY);
            assertThat(question.textWithBlank("___")).isEqualTo("My reason: ___ because of risk.");
        }

        @Test
        void essayMayHaveGeneralFeedback() {
            GiftQuestion question = parseOne("Explain. {####Mention correlation.}");

            assertThat(question.type()).isEqualTo(QuestionType.ESSAY);
            assertThat(question.generalFeedback()).isEqualTo("Mention correlation.");
        }

        @Test
        void textWithoutAnswerBlockIsADescription() {
            GiftQuestion question = parseOne("""
                    ::Intro::
                    You are about to start the funds module.
                    Take your time.
                    """);

            assertThat(question.type()).isEqualTo(QuestionType.DESCRIPTION);
            assertThat(question.title()).isEqualTo("Intro");
            assertThat(question.text()).isEqualTo("You are about to start the funds module.\nTake your time.");
        }

        @Test
        void titleAloneIsAnError() {
            assertThat(parseError("::Only a title::").message()).isEqualTo("question text is empty");
        }
    }

    @Nested
    class Feedback {

        @Test
        void eachAnswerMayHaveFeedbackAfterAHash() {
            GiftQuestion question = parseOne("Q {=right#Well done. ~wrong#Not quite. ~other}");

            assertThat(question.choices()).extracting(Choice::feedback)
                    .containsExactly("Well done.", "Not quite.", null);
        }

        @Test
        void fourHashesStartTheGeneralFeedbackAtTheEndOfTheBlock() {
            GiftQuestion question = parseOne("""
                    Q {
                        =right#Well done.
                        ~wrong
                        ####The rule is in chapter 2.
                    }
                    """);

            assertThat(question.generalFeedback()).isEqualTo("The rule is in chapter 2.");
            assertThat(question.choices()).extracting(Choice::text).containsExactly("right", "wrong");
        }

        @Test
        void generalFeedbackWorksForEveryAnswerType() {
            assertThat(parseOne("Q {=a =b ####gf}").generalFeedback()).isEqualTo("gf");
            assertThat(parseOne("Q {#3 ####gf}").generalFeedback()).isEqualTo("gf");
            assertThat(parseOne("Q {=a -> 1 =b -> 2 ####gf}").generalFeedback()).isEqualTo("gf");
        }

        @Test
        void questionWithoutFeedbackHasNulls() {
            GiftQuestion question = parseOne("Q {=a ~b}");

            assertThat(question.generalFeedback()).isNull();
            assertThat(question.choices()).extracting(Choice::feedback).containsOnlyNulls();
        }
    }

    @Nested
    class Escapes {

        @ParameterizedTest
        @ValueSource(strings = {"~", "=", "#", "{", "}", ":"})
        void escapedSpecialCharacterIsLiteralInTextAnswerAndFeedback(String special) {
            String escaped = "\\" + special;
            GiftQuestion question = parseOne("::A" + escaped + "B::Text " + escaped + " here {=x" + escaped + "y#f"
                    + escaped + "g ~other ####g" + escaped + "f}");

            assertThat(question.title()).isEqualTo("A" + special + "B");
            assertThat(question.text()).isEqualTo("Text " + special + " here");
            assertThat(question.choices().get(0).text()).isEqualTo("x" + special + "y");
            assertThat(question.choices().get(0).feedback()).isEqualTo("f" + special + "g");
            assertThat(question.generalFeedback()).isEqualTo("g" + special + "f");
        }

        @Test
        void doubleBackslashIsOneBackslash() {
            assertThat(parseOne("C\\\\temp {T}").text()).isEqualTo("C\\temp");
        }

        @Test
        void escapedBackslashDoesNotEscapeTheNextCharacter() {
            GiftQuestion question = parseOne("Path ends in \\\\{=a ~b}");

            assertThat(question.text()).isEqualTo("Path ends in \\");
            assertThat(question.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
        }

        @Test
        void backslashNIsANewline() {
            assertThat(parseOne("Line one\\nLine two {T}").text()).isEqualTo("Line one\nLine two");
        }

        @Test
        void otherBackslashesStayAsWritten() {
            assertThat(parseOne("Use \\d+ here {T}").text()).isEqualTo("Use \\d+ here");
        }

        @Test
        void escapedBracesDoNotOpenAnAnswerBlock() {
            GiftQuestion question = parseOne("Set notation \\{1, 2\\}");

            assertThat(question.type()).isEqualTo(QuestionType.DESCRIPTION);
            assertThat(question.text()).isEqualTo("Set notation {1, 2}");
        }

        @Test
        void escapedColonIsLiteralInNumbersAndThereforeNotANumber() {
            assertThat(parseError("Q {#3\\:1}").message()).isEqualTo("numerical answer '3:1' is not a number");
        }
    }

    @Nested
    class Comments {

        @Test
        void commentLinesAreIgnored() {
            GiftParseResult result = GiftParser.parse("""
                    // This file is for module 2.
                    // Author: training team

                    // a comment just above the question
                    Q1 {T}
                    """);

            assertThat(result.errors()).isEmpty();
            assertThat(result.questions()).singleElement().satisfies(question -> {
                assertThat(question.text()).isEqualTo("Q1");
                assertThat(question.line()).isEqualTo(5);
            });
        }

        @Test
        void commentLineBetweenQuestionsIsIgnored() {
            GiftParseResult result = GiftParser.parse("""
                    Q1 {T}

                    // ----- part two -----

                    Q2 {F}
                    """);

            assertThat(result.errors()).isEmpty();
            assertThat(result.questions()).extracting(GiftQuestion::text, GiftQuestion::line)
                    .containsExactly(tuple("Q1", 1), tuple("Q2", 5));
        }

        @Test
        void commentLineInsideAQuestionIsDroppedFromIt() {
            GiftQuestion question = parseOne("""
                    Which are funds? {
                        =ETF
                        // wrong answers follow
                        ~Savings account
                    }
                    """);

            assertThat(question.choices()).extracting(Choice::text).containsExactly("ETF", "Savings account");
        }

        @Test
        void doubleSlashInsideTextIsNotAComment() {
            GiftQuestion question = parseOne("See http://example.com/funds and https://example.com//x {T}");

            assertThat(question.text()).isEqualTo("See http://example.com/funds and https://example.com//x");
        }

        @Test
        void doubleSlashLineInsideAnAnswerIsAComment() {
            GiftQuestion question = parseOne("""
                    Which site?
                    {=http://example.com
                    ~https://example.org}
                    """);

            assertThat(question.choices()).extracting(Choice::text)
                    .containsExactly("http://example.com", "https://example.org");
        }

        @Test
        void fileOfOnlyCommentsHasNoQuestionsAndNoErrors() {
            GiftParseResult result = GiftParser.parse("// nothing\n\n   // here either\n");

            assertThat(result.questions()).isEmpty();
            assertThat(result.errors()).isEmpty();
        }
    }

    @Nested
    class Encoding {

        @Test
        void windowsLineEndingsAndByteOrderMarkAreHandled() {
            GiftParseResult result = GiftParser.parse(
                    "\uFEFF// exported on Windows\r\n$CATEGORY: funds\r\n\r\n::Q1::Pick {\r\n=a\r\n~b\r\n}\r\n\r\n"
                            + "::Q2::Line one\\nline two {T}\r\n");

            assertThat(result.errors()).isEmpty();
            assertThat(result.questions()).extracting(GiftQuestion::title, GiftQuestion::line, GiftQuestion::category)
                    .containsExactly(tuple("Q1", 4, "funds"), tuple("Q2", 9, "funds"));
            assertThat(result.questions().get(0).choices()).extracting(Choice::text).containsExactly("a", "b");
            assertThat(result.questions().get(1).text()).isEqualTo("Line one\nline two").doesNotContain("\r");
        }

        @Test
        void byteOrderMarkBeforeACategoryIsNotPartOfIt() {
            GiftQuestion question = parseOne("\uFEFF$CATEGORY: funds\n\nQ {T}");

            assertThat(question.category()).isEqualTo("funds");
        }

        @Test
        void oldMacLineEndingsAlsoSeparateLines() {
            GiftParseResult result = GiftParser.parse("Q1 {T}\r\rQ2 {F}\r");

            assertThat(result.questions()).extracting(GiftQuestion::line).containsExactly(1, 3);
        }

        @Test
        void chineseTextAnswersAndFeedbackAreKept() {
            GiftQuestion question = parseOne("""
                    $CATEGORY: $course$/中文/基金

                    ::基金定义::什么是开放式基金？{
                        =可以随时申购和赎回的基金#正确！
                        ~只能在交易所买卖的基金#这是封闭式基金。
                        ####开放式基金的份额不固定。
                    }
                    """);

            assertThat(question.category()).isEqualTo("$course$/中文/基金");
            assertThat(question.title()).isEqualTo("基金定义");
            assertThat(question.text()).isEqualTo("什么是开放式基金？");
            assertThat(question.choices()).extracting(Choice::text, Choice::feedback).containsExactly(
                    tuple("可以随时申购和赎回的基金", "正确！"),
                    tuple("只能在交易所买卖的基金", "这是封闭式基金。"));
            assertThat(question.generalFeedback()).isEqualTo("开放式基金的份额不固定。");
        }

        @Test
        void lineOfIdeographicSpacesSeparatesQuestions() {
            GiftParseResult result = GiftParser.parse("问题一 {T}\n\u3000\u3000\n问题二 {F}");

            assertThat(result.questions()).extracting(GiftQuestion::text).containsExactly("问题一", "问题二");
        }
    }

    @Nested
    class MoodleExports {

        @Test
        void moodleExportFileIsReadCompletely() {
            GiftParseResult result = GiftParser.parse(GiftTestSupport.resource("moodle-export.gift"));

            assertThat(result.errors()).isEmpty();
            assertThat(result.warnings()).isEmpty();
            assertThat(result.questions()).extracting(GiftQuestion::title, GiftQuestion::type).containsExactly(
                    tuple("NAV", QuestionType.MULTIPLE_CHOICE),
                    tuple("Born", QuestionType.NUMERICAL),
                    tuple("Capital", QuestionType.SHORT_ANSWER),
                    tuple("Sky", QuestionType.TRUE_FALSE),
                    tuple("Capitals", QuestionType.MATCHING),
                    tuple("Explain", QuestionType.ESSAY),
                    tuple("Welcome", QuestionType.DESCRIPTION));
            assertThat(result.questions()).allSatisfy(question -> {
                assertThat(question.category()).isEqualTo("$course$/top/Default for CSR 101");
                assertThat(question.format()).isEqualTo(TextFormat.HTML);
            });
        }

        @Test
        void emptyFeedbackAfterAHashIsNoFeedback() {
            GiftQuestion born = GiftParser.parse(GiftTestSupport.resource("moodle-export.gift")).questions().get(1);

            assertThat(born.numericAnswers()).extracting(NumericAnswer::weight, NumericAnswer::feedback)
                    .containsExactly(tuple(dec("1"), null), tuple(dec("0.5"), "<p>Close.</p>"),
                            tuple(dec("0"), "<p>Look it up.</p>"));
        }

        @Test
        void htmlInsideMatchingItemsIsKept() {
            GiftQuestion capitals = GiftParser.parse(GiftTestSupport.resource("moodle-export.gift")).questions().get(4);

            assertThat(capitals.matchPairs()).containsExactly(
                    new MatchPair("<p>Canada</p>", "Ottawa"), new MatchPair("<p>Italy</p>", "Rome"));
            assertThat(capitals.generalFeedback()).isEqualTo("<p>Capitals are seats of government.</p>");
        }
    }

    @Nested
    class LinesAndTypes {

        @Test
        void eachQuestionRemembersItsFirstLine() {
            GiftParseResult result = GiftParser.parse("""
                    // header

                    ::A:: Q {T}


                    ::B::
                    Q {F}
                    """);

            assertThat(result.questions()).extracting(GiftQuestion::line).containsExactly(3, 6);
        }

        @Test
        void everyTypeIsRecognised() {
            GiftParseResult result = GiftParser.parse("""
                    mc {=a ~b}

                    ma {~%100%a ~b}

                    tf {T}

                    sa {=a}

                    num {#1}

                    match {=a -> 1 =b -> 2}

                    essay {}

                    description
                    """);

            assertThat(result.errors()).isEmpty();
            assertThat(result.questions()).extracting(GiftQuestion::type).containsExactly(
                    QuestionType.MULTIPLE_CHOICE, QuestionType.MULTIPLE_ANSWER, QuestionType.TRUE_FALSE,
                    QuestionType.SHORT_ANSWER, QuestionType.NUMERICAL, QuestionType.MATCHING, QuestionType.ESSAY,
                    QuestionType.DESCRIPTION);
        }

        @Test
        void parsedQuestionsKeepOnlyTheAnswerListOfTheirType() {
            GiftQuestion question = parseOne("num {#1}");

            assertThat(question.choices()).isEmpty();
            assertThat(question.matchPairs()).isEmpty();
            assertThat(question.trueFalseAnswer()).isNull();
        }

        @Test
        void weightsAreComparableByEquals() {
            assertThat(parseOne("Q {=a ~%50.0%b}").choices().get(1).weight()).isEqualTo(new BigDecimal("0.5"));
        }
    }
}
