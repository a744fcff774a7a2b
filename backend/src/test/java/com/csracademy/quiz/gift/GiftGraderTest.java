package com.csracademy.quiz.gift;

import static com.csracademy.quiz.gift.GiftTestSupport.dec;
import static com.csracademy.quiz.gift.GiftTestSupport.parseOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.csracademy.quiz.gift.Response.ChoiceResponse;
import com.csracademy.quiz.gift.Response.MatchingResponse;
import com.csracademy.quiz.gift.Response.NumericResponse;
import com.csracademy.quiz.gift.Response.TextResponse;
import com.csracademy.quiz.gift.Response.TrueFalseResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GiftGraderTest {

    private static BigDecimal fraction(GiftQuestion question, Response response) {
        Grade grade = GiftGrader.grade(question, response);
        assertThat(grade.needsManualGrading()).isFalse();
        return grade.fraction();
    }

    @Nested
    class SingleChoice {

        private final GiftQuestion question =
                parseOne("Capital of Australia? {=Canberra ~%50%Sydney ~Melbourne ~%-50%Auckland}");

        @Test
        void correctChoiceEarnsFullCredit() {
            assertThat(fraction(question, ChoiceResponse.of(0))).isEqualTo(dec("1.0000000"));
        }

        @Test
        void weightedWrongChoiceEarnsPartialCredit() {
            assertThat(fraction(question, ChoiceResponse.of(1))).isEqualTo(dec("0.5000000"));
        }

        @Test
        void wrongChoiceEarnsNothing() {
            assertThat(fraction(question, ChoiceResponse.of(2))).isZero();
        }

        @Test
        void negativeWeightIsClampedToZero() {
            assertThat(fraction(question, ChoiceResponse.of(3))).isEqualTo(dec("0E-7"));
        }

        @Test
        void noSelectionEarnsNothing() {
            assertThat(fraction(question, ChoiceResponse.of())).isZero();
        }

        @Test
        void twoSelectionsAreRefused() {
            assertThatThrownBy(() -> GiftGrader.grade(question, ChoiceResponse.of(0, 1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("takes at most one selected choice, got 2");
        }

        @Test
        void missingWordIsGradedLikeAnyMultipleChoice() {
            GiftQuestion missingWord = parseOne("Grant is {~buried =entombed ~living} in Grant's tomb.");

            assertThat(fraction(missingWord, ChoiceResponse.of(1))).isEqualTo(dec("1.0000000"));
            assertThat(fraction(missingWord, ChoiceResponse.of(0))).isZero();
        }
    }

    @Nested
    class MultipleAnswer {

        private final GiftQuestion question = parseOne("""
                Which are entombed in Grant's tomb? {
                    ~%-100%No one
                    ~%50%Grant
                    ~%50%Grant's wife
                    ~%-50%Grant's father
                }
                """);

        @Test
        void allCorrectChoicesEarnFullCredit() {
            assertThat(fraction(question, ChoiceResponse.of(1, 2))).isEqualTo(dec("1.0000000"));
        }

        @Test
        void someCorrectChoicesEarnPartialCredit() {
            assertThat(fraction(question, ChoiceResponse.of(2))).isEqualTo(dec("0.5000000"));
        }

        @Test
        void pickingAWrongChoiceCostsItsNegativeWeight() {
            assertThat(fraction(question, ChoiceResponse.of(1, 2, 3))).isEqualTo(dec("0.5000000"));
        }

        @Test
        void totalIsClampedAtZero() {
            assertThat(fraction(question, ChoiceResponse.of(0, 1, 3))).isZero();
        }

        @Test
        void tickingEverythingDoesNotPay() {
            assertThat(fraction(question, ChoiceResponse.of(0, 1, 2, 3))).isZero();
        }

        @Test
        void totalIsClampedAtOne() {
            GiftQuestion generous = new GiftQuestion(null, null, TextFormat.MOODLE, QuestionType.MULTIPLE_ANSWER,
                    "Q", null, null, List.of(new Choice("a", BigDecimal.ONE, null), new Choice("b", BigDecimal.ONE,
                    null)), null, null, null, null, null, 0);

            assertThat(fraction(generous, ChoiceResponse.of(0, 1))).isEqualTo(dec("1.0000000"));
        }

        @Test
        void decimalWeightsAddUpExactly() {
            GiftQuestion thirds = parseOne("Q {~%33.33333%a ~%33.33333%b ~%33.33334%c ~%-100%d}");

            assertThat(fraction(thirds, ChoiceResponse.of(0, 1, 2))).isEqualTo(dec("1.0000000"));
            assertThat(fraction(thirds, ChoiceResponse.of(0, 1))).isEqualTo(dec("0.6666666"));
        }

        @Test
        void indexOutOfRangeIsRefused() {
            assertThatThrownBy(() -> GiftGrader.grade(question, ChoiceResponse.of(4)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("choice index 4 is out of range").hasMessageContaining("0 to 3");
        }

        @Test
        void theSameChoiceTwiceIsRefused() {
            assertThatThrownBy(() -> GiftGrader.grade(question, ChoiceResponse.of(1, 1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("selected more than once");
        }
    }

    @Nested
    class TrueFalse {

        @ParameterizedTest
        @CsvSource({"T, true, 1", "T, false, 0", "FALSE, false, 1", "FALSE, true, 0"})
        void rightAnswerEarnsFullCreditAndWrongNothing(String answer, boolean given, String expected) {
            GiftQuestion question = parseOne("Q {" + answer + "}");

            assertThat(fraction(question, new TrueFalseResponse(given))).isEqualByComparingTo(expected);
        }
    }

    @Nested
    class ShortAnswer {

        private final GiftQuestion question =
                parseOne("Capital of France? {=Paris =%50%Lutetia =%0%Lyon#No. =New York}");

        @Test
        void comparisonIgnoresCaseByDefault() {
            assertThat(fraction(question, new TextResponse("pARIS"))).isEqualTo(dec("1.0000000"));
        }

        @Test
        void caseSensitiveGradingNeedsTheExactCase() {
            assertThat(GiftGrader.grade(question, new TextResponse("paris"), true).fraction()).isZero();
            assertThat(GiftGrader.grade(question, new TextResponse("Paris"), true).fraction())
                    .isEqualTo(dec("1.0000000"));
        }

        @Test
        void surroundingSpaceIsIgnored() {
            assertThat(fraction(question, new TextResponse("  Paris \t"))).isEqualTo(dec("1.0000000"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"New\u3000York", "New  York", "New\u00A0York", "\u3000New York\u3000"})
        void fullWidthAndRepeatedSpacesCountAsOneSpace(String typed) {
            assertThat(fraction(question, new TextResponse(typed))).isEqualTo(dec("1.0000000"));
        }

        @Test
        void fullWidthLettersMatchTheirHalfWidthForms() {
            assertThat(fraction(question, new TextResponse("ＰＡＲＩＳ"))).isEqualTo(dec("1.0000000"));
        }

        @Test
        void partialCreditAnswerEarnsItsWeight() {
            assertThat(fraction(question, new TextResponse("lutetia"))).isEqualTo(dec("0.5000000"));
        }

        @Test
        void bestMatchingAnswerWins() {
            GiftQuestion overlapping = parseOne("Q {=%50%*fund* =index fund}");

            assertThat(fraction(overlapping, new TextResponse("Index Fund"))).isEqualTo(dec("1.0000000"));
            assertThat(fraction(overlapping, new TextResponse("bond fund"))).isEqualTo(dec("0.5000000"));
        }

        @Test
        void starIsAWildcardAndBackslashStarALiteralStar() {
            GiftQuestion wildcard = parseOne("Q {=*stock* =%50%C\\*}");

            assertThat(fraction(wildcard, new TextResponse("common stocks"))).isEqualTo(dec("1.0000000"));
            assertThat(fraction(wildcard, new TextResponse("C*"))).isEqualTo(dec("0.5000000"));
            assertThat(fraction(wildcard, new TextResponse("C++"))).isZero();
        }

        @Test
        void unknownOrBlankAnswerEarnsNothing() {
            assertThat(fraction(question, new TextResponse("Marseille"))).isZero();
            assertThat(fraction(question, new TextResponse("   "))).isZero();
        }

        @Test
        void chineseAnswerMatches() {
            GiftQuestion chinese = parseOne("中国的首都是哪里？{=北京 =%50%北平}");

            assertThat(fraction(chinese, new TextResponse(" 北京\u3000"))).isEqualTo(dec("1.0000000"));
            assertThat(fraction(chinese, new TextResponse("北平"))).isEqualTo(dec("0.5000000"));
        }
    }

    @Nested
    class Numerical {

        @ParameterizedTest
        @CsvSource({"3.13, 1", "3.14, 1", "3.15, 1", "3.1500001, 0", "3.12, 0"})
        void toleranceAcceptsBothEndsAndNothingBeyond(String given, String expected) {
            GiftQuestion question = parseOne("π {#3.14:0.01}");

            assertThat(fraction(question, new NumericResponse(dec(given)))).isEqualByComparingTo(expected);
        }

        @ParameterizedTest
        @CsvSource({"1, 1", "5, 1", "3.3, 1", "0.999, 0", "5.001, 0"})
        void numericalRangeAcceptsBothEnds(String given, String expected) {
            GiftQuestion question = parseOne("From 1 to 5 {#1..5}");

            assertThat(fraction(question, new NumericResponse(dec(given)))).isEqualByComparingTo(expected);
        }

        @Test
        void exactValueAcceptsOnlyThatValueInAnyScale() {
            GiftQuestion question = parseOne("Three {#3}");

            assertThat(fraction(question, new NumericResponse(dec("3.000")))).isEqualTo(dec("1.0000000"));
            assertThat(fraction(question, new NumericResponse(dec("3.001")))).isZero();
        }

        @Test
        void bestOfSeveralMatchingAnswersWins() {
            GiftQuestion question = parseOne("Approximate π {# =3.14:0.01 =%50%#3.1:0.1}");

            assertThat(fraction(question, new NumericResponse(dec("3.14")))).isEqualTo(dec("1.0000000"));
            assertThat(fraction(question, new NumericResponse(dec("3.05")))).isEqualTo(dec("0.5000000"));
            assertThat(fraction(question, new NumericResponse(dec("2.9")))).isZero();
        }

        @Test
        void anyOtherAnswerEarnsNothing() {
            GiftQuestion question = parseOne("Q {#=1 ~#Read the rule.}");

            assertThat(fraction(question, new NumericResponse(dec("7")))).isZero();
        }
    }

    @Nested
    class Matching {

        private final GiftQuestion question = parseOne("""
                Match the capitals. {
                    =Canada -> Ottawa
                    =Italy -> Rome
                    =Japan -> Tokyo
                    = -> Paris
                }
                """);

        @Test
        void allPairsRightEarnFullCredit() {
            Map<Integer, String> answers = Map.of(0, "Ottawa", 1, "Rome", 2, "Tokyo");

            assertThat(fraction(question, new MatchingResponse(answers))).isEqualTo(dec("1.0000000"));
        }

        @Test
        void creditIsTheShareOfRightPairs() {
            Map<Integer, String> answers = Map.of(0, "Ottawa", 1, "Tokyo", 2, "Rome");

            assertThat(fraction(question, new MatchingResponse(answers))).isEqualTo(dec("0.3333333"));
        }

        @Test
        void unansweredPairsCountAsWrong() {
            Map<Integer, String> answers = Map.of(0, "Ottawa", 1, "Rome");

            assertThat(fraction(question, new MatchingResponse(answers))).isEqualTo(dec("0.6666667"));
        }

        @Test
        void picksAreTrimmed() {
            assertThat(fraction(question, new MatchingResponse(Map.of(0, " Ottawa ")))).isEqualTo(dec("0.3333333"));
        }

        @Test
        void distractorOrUnknownPairIndexIsRefused() {
            assertThatThrownBy(() -> GiftGrader.grade(question, new MatchingResponse(Map.of(3, "Paris"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pair index 3");
            assertThatThrownBy(() -> GiftGrader.grade(question, new MatchingResponse(Map.of(9, "Paris"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pair index 9");
        }
    }

    @Nested
    class EssayAndDescription {

        @Test
        void essayNeedsManualGradingAndScoresZeroMeanwhile() {
            Grade grade = GiftGrader.grade(parseOne("Explain diversification. {}"), new TextResponse("Because…"));

            assertThat(grade.needsManualGrading()).isTrue();
            assertThat(grade.fraction()).isZero();
        }

        @Test
        void descriptionHasNothingToGrade() {
            assertThatThrownBy(() -> GiftGrader.grade(parseOne("::Intro:: Welcome."), new TextResponse("hi")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("question 'Intro' (line 1) is a description and has nothing to grade");
        }
    }

    @Nested
    class ResponseShape {

        @Test
        void responseOfTheWrongKindIsRefusedWithAClearMessage() {
            GiftQuestion question = parseOne("::Pi:: π {#3.14:0.01}");

            assertThatThrownBy(() -> GiftGrader.grade(question, new TextResponse("3.14")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("NUMERICAL question 'Pi' (line 1) expects a NumericResponse, got a TextResponse");
        }

        @Test
        void everyTypeRefusesEveryOtherKindOfResponse() {
            List<GiftQuestion> questions = GiftParser.parse("""
                    mc {=a ~b}

                    ma {~%100%a ~b}

                    tf {T}

                    sa {=a}

                    num {#1}

                    match {=a -> 1 =b -> 2}

                    essay {}
                    """).questions();
            List<Response> responses = List.of(ChoiceResponse.of(0), new TrueFalseResponse(true),
                    new TextResponse("a"), new NumericResponse(BigDecimal.ONE), new MatchingResponse(Map.of()));

            int accepted = 0;
            for (GiftQuestion question : questions) {
                for (Response response : responses) {
                    try {
                        GiftGrader.grade(question, response);
                        accepted++;
                    } catch (IllegalArgumentException e) {
                        assertThat(e.getMessage()).contains("expects a");
                    }
                }
            }
            assertThat(accepted).as("one accepted kind per question").isEqualTo(questions.size());
        }
    }

    @Nested
    class Grades {

        @Test
        void fractionAlwaysHasSevenDecimals() {
            assertThat(Grade.of(dec("0.5")).fraction()).isEqualTo(dec("0.5000000"));
            assertThat(Grade.of(BigDecimal.ONE)).isEqualTo(Grade.of(dec("1.000")));
        }

        @Test
        void fractionOutsideZeroToOneIsRefused() {
            assertThatThrownBy(() -> Grade.of(dec("1.01"))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Grade.of(dec("-0.01"))).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void gradesOfAQuizSumExactly() {
            GiftQuestion matching = parseOne("Q {=a -> 1 =b -> 2 =c -> 3}");
            Grade third = GiftGrader.grade(matching, new MatchingResponse(Map.of(0, "1")));

            BigDecimal sum = third.fraction().add(third.fraction()).add(third.fraction());

            assertThat(sum).isEqualTo(dec("0.9999999"));
        }
    }
}
