package com.csracademy.quiz.domain.stats;

import static com.csracademy.quiz.domain.stats.StatsTestSupport.attempt;
import static com.csracademy.quiz.domain.stats.StatsTestSupport.choice;
import static com.csracademy.quiz.domain.stats.StatsTestSupport.dec;
import static com.csracademy.quiz.domain.stats.StatsTestSupport.dichotomous;
import static com.csracademy.quiz.domain.stats.StatsTestSupport.item;
import static com.csracademy.quiz.domain.stats.StatsTestSupport.mark;
import static com.csracademy.quiz.domain.stats.StatsTestSupport.question;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every expected figure below is worked out by hand in the comments, not copied from the code's output. */
class ItemAnalysisTest {

    /**
     * Test 1: 10 attempts × 4 one-point items, every attempt answering all four; the total is the number right.
     *
     * <pre>
     *           Q1 Q2 Q3 Q4 | total  total²
     *   A01      1  1  1  1 |   4      16
     *   A02      1  1  1  0 |   3       9
     *   A03      1  1  0  1 |   3       9
     *   A04      1  0  1  0 |   2       4
     *   A05      1  1  0  0 |   2       4
     *   A06      0  1  1  0 |   2       4
     *   A07      1  0  0  0 |   1       1
     *   A08      0  0  1  0 |   1       1
     *   A09      0  1  0  0 |   1       1
     *   A10      0  0  0  0 |   0       0
     *   right    6  6  5  2 |  19      49
     * </pre>
     */
    @Nested
    class KnownDataSet {

        private static final List<String> ITEMS = List.of("Q1", "Q2", "Q3", "Q4");

        private final ExamStatistics statistics = ItemAnalysis.analyse(List.of(
                dichotomous("A01", ITEMS, 1, 1, 1, 1),
                dichotomous("A02", ITEMS, 1, 1, 1, 0),
                dichotomous("A03", ITEMS, 1, 1, 0, 1),
                dichotomous("A04", ITEMS, 1, 0, 1, 0),
                dichotomous("A05", ITEMS, 1, 1, 0, 0),
                dichotomous("A06", ITEMS, 0, 1, 1, 0),
                dichotomous("A07", ITEMS, 1, 0, 0, 0),
                dichotomous("A08", ITEMS, 0, 0, 1, 0),
                dichotomous("A09", ITEMS, 0, 1, 0, 0),
                dichotomous("A10", ITEMS, 0, 0, 0, 0)));

        @Test
        void facilityIsTheShareOfAttemptsRight() {
            // Q1 6/10 = 0.6, Q2 6/10 = 0.6, Q3 5/10 = 0.5, Q4 2/10 = 0.2
            assertThat(statistics.questions()).extracting(QuestionStatistics::facility)
                    .containsExactly(dec("0.6000"), dec("0.6000"), dec("0.5000"), dec("0.2000"));
            assertThat(statistics.questions()).extracting(QuestionStatistics::n).containsOnly(10);
        }

        @Test
        void meanAndStandardDeviationsOfTheTotals() {
            // mean = 19 / 10 = 1.9
            // population variance = Σx²/N − mean² = 49/10 − 1.9² = 4.9 − 3.61 = 1.29
            // √1.29: 1.13575² = 1.2899280625 < 1.29 < 1.13585² = 1.2901552225, so 1.1358
            // sample variance = N · 1.29 / (N − 1) = 12.9 / 9 = 1.4333…
            // √1.4333…: 1.19715² = 1.4331681225 < 1.4333… < 1.19725² = 1.4334075625, so 1.1972
            assertThat(statistics.attemptCount()).isEqualTo(10);
            assertThat(statistics.meanTotalScore()).isEqualTo(dec("1.9000"));
            assertThat(statistics.populationStandardDeviation()).isEqualTo(dec("1.1358"));
            assertThat(statistics.sampleStandardDeviation()).isEqualTo(dec("1.1972"));
        }

        @Test
        void kr20() {
            // the dichotomous totals are the totals above, so σ² = 1.29
            // Σpq = 0.6·0.4 + 0.6·0.4 + 0.5·0.5 + 0.2·0.8 = 0.24 + 0.24 + 0.25 + 0.16 = 0.89
            // KR-20 = 4/3 · (1 − 0.89/1.29) = 4/3 · 0.40/1.29 = 1.60/3.87 = 0.41343…
            //   (3.87 · 0.4134 = 1.599858 < 1.6 < 3.87 · 0.41345 = 1.6000515, so 0.4134)
            Kr20 kr20 = statistics.kr20();
            assertThat(kr20.isAvailable()).isTrue();
            assertThat(kr20.reason()).isNull();
            assertThat(kr20.itemIds()).containsExactly("Q1", "Q2", "Q3", "Q4");
            assertThat(kr20.itemCount()).isEqualTo(4);
            assertThat(kr20.attemptsUsed()).isEqualTo(10);
            assertThat(kr20.totalVariance()).isEqualTo(dec("1.2900"));
            assertThat(kr20.sumOfItemVariances()).isEqualTo(dec("0.8900"));
            assertThat(kr20.value()).isEqualTo(dec("0.4134"));
        }

        @Test
        void groupsAreTheTopAndBottomThreeWithTiesBrokenByAttemptId() {
            // ceil(0.27 · 10) = ceil(2.7) = 3. Ranked best first, equal totals by id:
            // A01(4) A02(3) A03(3) | A04(2) A05(2) A06(2) A07(1) | A08(1) A09(1) A10(0)
            // A07, A08 and A09 tie on 1 across the lower boundary; A07 has the smallest id, ranks first, stays out
            for (QuestionStatistics question : statistics.questions()) {
                assertThat(question.groupSize()).isEqualTo(3);
                assertThat(question.upperGroup()).containsExactly("A01", "A02", "A03");
                assertThat(question.lowerGroup()).containsExactly("A08", "A09", "A10");
            }
        }

        @Test
        void discriminationIsUpperMinusLowerShareRight() {
            // upper A01 A02 A03, lower A08 A09 A10
            // Q1: upper 1+1+1 = 3, lower 0+0+0 = 0 → 3/3 − 0/3 = 1
            // Q2: upper 1+1+1 = 3, lower 0+1+0 = 1 → 3/3 − 1/3 = 0.6667
            // Q3: upper 1+1+0 = 2, lower 1+0+0 = 1 → 2/3 − 1/3 = 0.3333
            // Q4: upper 1+0+1 = 2, lower 0+0+0 = 0 → 2/3 − 0/3 = 0.6667
            // (with A07 in place of A08, Q1 would have been 3/3 − 1/3: the tie rule matters)
            assertThat(statistics.questions()).extracting(QuestionStatistics::discrimination)
                    .containsExactly(dec("1.0000"), dec("0.6667"), dec("0.3333"), dec("0.6667"));
        }

        @Test
        void nothingIsFlaggedAndAFacilityOfExactlyPointTwoIsNotHard() {
            // n = 10 allows flags; facilities 0.6 0.6 0.5 0.2 (0.2 is not < 0.2), D all ≥ 0.2
            assertThat(statistics.questions()).allSatisfy(question -> assertThat(question.flags()).isEmpty());
            assertThat(question(statistics, "Q4").options()).isEmpty();
        }
    }

    /**
     * Test 2: partial credit, one-point question P and two-point question R.
     *
     * <pre>
     *          P (of 1)  R (of 2)  → R/2  | total = P + R
     *   B1       1         2         1    |  3
     *   B2       0.5       1.5       0.75 |  2
     *   B3       0.5       1         0.5  |  1.5
     *   B4       0         0.5       0.25 |  0.5
     *   B5       0.5       0         0    |  0.5
     * </pre>
     * ceil(0.27 · 5) = ceil(1.35) = 2: upper B1 B2, lower B4 B5 (B4 and B5 tie inside the group, not across it).
     */
    @Nested
    class PartialCredit {

        private final ExamStatistics statistics = ItemAnalysis.analyse(List.of(
                attempt("B1", "3", item("P", "1", "1"), item("R", "2", "2")),
                attempt("B2", "2", item("P", "0.5", "1"), item("R", "1.5", "2")),
                attempt("B3", "1.5", item("P", "0.5", "1"), item("R", "1", "2")),
                attempt("B4", "0.5", item("P", "0", "1"), item("R", "0.5", "2")),
                attempt("B5", "0.5", item("P", "0.5", "1"), item("R", "0", "2"))));

        @Test
        void facilityAveragesTheFractionOfTheMaximum() {
            // P: (1 + 0.5 + 0.5 + 0 + 0.5) / 5 = 2.5 / 5 = 0.5
            // R: (1 + 0.75 + 0.5 + 0.25 + 0) / 5 = 2.5 / 5 = 0.5
            assertThat(question(statistics, "P").facility()).isEqualTo(dec("0.5000"));
            assertThat(question(statistics, "R").facility()).isEqualTo(dec("0.5000"));
        }

        @Test
        void discriminationAveragesTheFractionWithinEachGroup() {
            // P: upper (1 + 0.5)/2 = 0.75, lower (0 + 0.5)/2 = 0.25 → 0.5
            // R: upper (1 + 0.75)/2 = 0.875, lower (0.25 + 0)/2 = 0.125 → 0.75
            QuestionStatistics p = question(statistics, "P");
            assertThat(p.upperGroup()).containsExactly("B1", "B2");
            assertThat(p.lowerGroup()).containsExactly("B4", "B5");
            assertThat(p.discrimination()).isEqualTo(dec("0.5000"));
            assertThat(question(statistics, "R").discrimination()).isEqualTo(dec("0.7500"));
        }

        @Test
        void kr20CountsOnlyFullMarksAsRight() {
            // dichotomised, only B1 has full marks on P and on R: X = 2, 0, 0, 0, 0
            // p = 1/5 for both items, pq = 0.2 · 0.8 = 0.16, Σpq = 0.32
            // σ² = ΣX²/N − mean² = 4/5 − 0.4² = 0.8 − 0.16 = 0.64
            // KR-20 = 2/1 · (1 − 0.32/0.64) = 2 · 0.5 = 1
            Kr20 kr20 = statistics.kr20();
            assertThat(kr20.totalVariance()).isEqualTo(dec("0.6400"));
            assertThat(kr20.sumOfItemVariances()).isEqualTo(dec("0.3200"));
            assertThat(kr20.value()).isEqualTo(dec("1.0000"));
        }

        @Test
        void totalsInPointsNeedNotBeWhole() {
            // mean = (3 + 2 + 1.5 + 0.5 + 0.5) / 5 = 7.5 / 5 = 1.5
            // Σx² = 9 + 4 + 2.25 + 0.25 + 0.25 = 15.75; population variance = 15.75/5 − 1.5² = 3.15 − 2.25 = 0.9
            // √0.9: 0.94865² = 0.8999368225 < 0.9 < 0.94875² = 0.9001265625, so 0.9487
            // sample variance = 5 · 0.9 / 4 = 1.125; 1.06065² = 1.1249784225 < 1.125 < 1.06075², so 1.0607
            assertThat(statistics.meanTotalScore()).isEqualTo(dec("1.5000"));
            assertThat(statistics.populationStandardDeviation()).isEqualTo(dec("0.9487"));
            assertThat(statistics.sampleStandardDeviation()).isEqualTo(dec("1.0607"));
        }

        @Test
        void figuresAreRoundedHalfUpOnlyAtTheEnd() {
            // facility = (0.2469 + 0) / 2 = 0.12345 exactly: half up gives 0.1235 (half even would give 0.1234)
            // n = 2, groups of ceil(0.54) = 1: D = 0.2469 − 0 = 0.2469
            ExamStatistics halves = ItemAnalysis.analyse(List.of(
                    attempt("H1", "0.2469", item("H", "0.2469", "1")),
                    attempt("H2", "0", item("H", "0", "1"))));

            assertThat(question(halves, "H").facility()).isEqualTo(dec("0.1235"));
            assertThat(question(halves, "H").discrimination()).isEqualTo(dec("0.2469"));
        }
    }

    /**
     * Test 3: random draws. Every attempt has Q1 and Q2; R01–R06 drew Z, R07–R10 drew Y ("." = not drawn).
     *
     * <pre>
     *           Q1 Q2  Z  Y | total
     *   R01      1  1  1  . |  3
     *   R02      1  1  0  . |  2
     *   R03      0  0  1  . |  1
     *   R04      1  0  0  . |  1
     *   R05      0  0  0  . |  0
     *   R06      0  0  0  . |  0
     *   R07      1  1  .  1 |  3
     *   R08      1  1  .  1 |  3
     *   R09      1  1  .  0 |  2
     *   R10      0  1  .  1 |  2
     * </pre>
     */
    @Nested
    class RandomDraws {

        private static final List<String> WITH_Z = List.of("Q1", "Q2", "Z");
        private static final List<String> WITH_Y = List.of("Q1", "Q2", "Y");

        private final ExamStatistics statistics = ItemAnalysis.analyse(List.of(
                dichotomous("R01", WITH_Z, 1, 1, 1),
                dichotomous("R02", WITH_Z, 1, 1, 0),
                dichotomous("R03", WITH_Z, 0, 0, 1),
                dichotomous("R04", WITH_Z, 1, 0, 0),
                dichotomous("R05", WITH_Z, 0, 0, 0),
                dichotomous("R06", WITH_Z, 0, 0, 0),
                dichotomous("R07", WITH_Y, 1, 1, 1),
                dichotomous("R08", WITH_Y, 1, 1, 1),
                dichotomous("R09", WITH_Y, 1, 1, 0),
                dichotomous("R10", WITH_Y, 0, 1, 1)));

        @Test
        void aQuestionInSixOfTenAttemptsIsAnalysedOverThoseSix() {
            // n = 6; groups of ceil(0.27 · 6) = ceil(1.62) = 2
            // ranking among R01–R06 only: R01(3) R02(2) | R03(1) R04(1) | R05(0) R06(0)
            // (over all ten, R07 and R08 with 3 would have crowded into the upper group without ever seeing Z)
            // facility = (1 + 0 + 1 + 0 + 0 + 0) / 6 = 2/6 = 0.3333
            // D = (1 + 0)/2 − (0 + 0)/2 = 0.5
            QuestionStatistics z = question(statistics, "Z");
            assertThat(z.n()).isEqualTo(6);
            assertThat(z.groupSize()).isEqualTo(2);
            assertThat(z.upperGroup()).containsExactly("R01", "R02");
            assertThat(z.lowerGroup()).containsExactly("R05", "R06");
            assertThat(z.facility()).isEqualTo(dec("0.3333"));
            assertThat(z.discrimination()).isEqualTo(dec("0.5000"));
        }

        @Test
        void theOtherDrawIsAnalysedOverItsOwnFour() {
            // n = 4, groups of ceil(1.08) = 2: R07(3) R08(3) | R09(2) R10(2)
            // facility = 3/4 = 0.75; D = (1 + 1)/2 − (0 + 1)/2 = 1 − 0.5 = 0.5
            QuestionStatistics y = question(statistics, "Y");
            assertThat(y.n()).isEqualTo(4);
            assertThat(y.upperGroup()).containsExactly("R07", "R08");
            assertThat(y.lowerGroup()).containsExactly("R09", "R10");
            assertThat(y.facility()).isEqualTo(dec("0.7500"));
            assertThat(y.discrimination()).isEqualTo(dec("0.5000"));
        }

        @Test
        void questionsInEveryAttemptUseAllTen() {
            // Q1: 1+1+0+1+0+0+1+1+1+0 = 6 of 10; groups of ceil(2.7) = 3
            QuestionStatistics q1 = question(statistics, "Q1");
            assertThat(q1.n()).isEqualTo(10);
            assertThat(q1.groupSize()).isEqualTo(3);
            assertThat(q1.facility()).isEqualTo(dec("0.6000"));
            assertThat(statistics.questions()).extracting(QuestionStatistics::questionId)
                    .containsExactly("Q1", "Q2", "Z", "Y");
        }

        @Test
        void kr20UsesTheMostCommonItemSet() {
            // {Q1, Q2, Z} has 6 attempts, {Q1, Q2, Y} 4: k = 3, N = 6, X = 3, 2, 1, 1, 0, 0
            // ΣX = 7, ΣX² = 9 + 4 + 1 + 1 = 15; σ² = 15/6 − (7/6)² = 90/36 − 49/36 = 41/36 = 1.13888…
            // right: Q1 3 of 6 → pq = 1/2 · 1/2 = 1/4; Q2 2 of 6 → 1/3 · 2/3 = 2/9; Z 2 of 6 → 2/9
            // Σpq = 9/36 + 8/36 + 8/36 = 25/36 = 0.69444…
            // KR-20 = 3/2 · (1 − 25/41) = 3/2 · 16/41 = 24/41 = 0.58536…
            Kr20 kr20 = statistics.kr20();
            assertThat(kr20.itemIds()).containsExactly("Q1", "Q2", "Z");
            assertThat(kr20.attemptsUsed()).isEqualTo(6);
            assertThat(kr20.totalVariance()).isEqualTo(dec("1.1389"));
            assertThat(kr20.sumOfItemVariances()).isEqualTo(dec("0.6944"));
            assertThat(kr20.value()).isEqualTo(dec("0.5854"));
        }

        @Test
        void equallyCommonItemSetsGoToTheFirstInTheInputWhateverTheOrderOfItems() {
            // {A, B} twice (the second listing B first), {A, C} twice: the first set seen wins, in its own order
            ExamStatistics tied = ItemAnalysis.analyse(List.of(
                    dichotomous("S1", List.of("A", "B"), 1, 1),
                    dichotomous("S2", List.of("A", "C"), 1, 0),
                    dichotomous("S3", List.of("B", "A"), 0, 0),
                    dichotomous("S4", List.of("A", "C"), 0, 0)));

            assertThat(tied.kr20().itemIds()).containsExactly("A", "B");
            assertThat(tied.kr20().attemptsUsed()).isEqualTo(2);
        }
    }

    /**
     * Test 4: distractors of a four-option question C keyed on option 1; totals include the rest of the exam.
     *
     * <pre>
     *          total  picked  score
     *   D01     10     [1]     1     upper
     *   D02      9     [1]     1     upper
     *   D03      8     [2]     0     upper
     *   D04      7     [1]     1
     *   D05      6     [0]     0
     *   D06      5     [1]     1
     *   D07      4     [2]     0
     *   D08      3     [0]     0     lower
     *   D09      2     [2]     0     lower
     *   D10      1     []      0     lower (left blank)
     * </pre>
     */
    @Nested
    class Distractors {

        private final ExamStatistics statistics = ItemAnalysis.analyse(List.of(
                attempt("D01", "10", choice("C", "1", 4, 1)),
                attempt("D02", "9", choice("C", "1", 4, 1)),
                attempt("D03", "8", choice("C", "0", 4, 2)),
                attempt("D04", "7", choice("C", "1", 4, 1)),
                attempt("D05", "6", choice("C", "0", 4, 0)),
                attempt("D06", "5", choice("C", "1", 4, 1)),
                attempt("D07", "4", choice("C", "0", 4, 2)),
                attempt("D08", "3", choice("C", "0", 4, 0)),
                attempt("D09", "2", choice("C", "0", 4, 2)),
                attempt("D10", "1", choice("C", "0", 4))));

        @Test
        void countsEachOptionOverallAndInBothGroups() {
            // overall: 0 ← D05 D08 = 2; 1 ← D01 D02 D04 D06 = 4; 2 ← D03 D07 D09 = 3; 3 ← nobody = 0
            // upper D01 D02 D03: 0 → 0, 1 → 2, 2 → 1, 3 → 0
            // lower D08 D09 D10: 0 → 1, 1 → 0, 2 → 1, 3 → 0 (D10's blank counts for no option)
            assertThat(question(statistics, "C").options()).containsExactly(
                    new OptionCount(0, 2, 0, 1),
                    new OptionCount(1, 4, 2, 0),
                    new OptionCount(2, 3, 1, 1),
                    new OptionCount(3, 0, 0, 0));
        }

        @Test
        void facilityAndDiscriminationOfTheKey() {
            // facility = 4/10 = 0.4; D = 2/3 − 0/3 = 0.6667
            QuestionStatistics c = question(statistics, "C");
            assertThat(c.facility()).isEqualTo(dec("0.4000"));
            assertThat(c.discrimination()).isEqualTo(dec("0.6667"));
        }

        @Test
        void everyOptionOfAMultipleAnswerResponseCounts() {
            // n = 3, groups of ceil(0.81) = 1: upper M1, lower M3
            // option 0 ← M1 = 1 (upper 1); option 1 ← nobody; option 2 ← M1 M2 = 2 (upper 1, lower 0)
            ExamStatistics multi = ItemAnalysis.analyse(List.of(
                    attempt("M1", "2", choice("M", "1", 3, 0, 2)),
                    attempt("M2", "1", choice("M", "0.5", 3, 2)),
                    attempt("M3", "0", choice("M", "0", 3))));

            assertThat(question(multi, "M").options()).containsExactly(
                    new OptionCount(0, 1, 1, 0),
                    new OptionCount(1, 0, 0, 0),
                    new OptionCount(2, 2, 1, 0));
        }

        @Test
        void aQuestionWhoseOptionCountChangedGetsTheLargest() {
            // an edit added option 2 between the attempts: both picks still get a slot
            ExamStatistics edited = ItemAnalysis.analyse(List.of(
                    attempt("E1", "1", choice("C", "1", 2, 1)),
                    attempt("E2", "0", choice("C", "0", 3, 2))));

            assertThat(question(edited, "C").options()).extracting(OptionCount::chosen).containsExactly(0, 1, 1);
        }
    }

    /** Test 5: inputs too small or too uniform for some figures. */
    @Nested
    class DegenerateCases {

        @Test
        void noAttempts() {
            ExamStatistics statistics = ItemAnalysis.analyse(List.of());

            assertThat(statistics.attemptCount()).isZero();
            assertThat(statistics.meanTotalScore()).isNull();
            assertThat(statistics.populationStandardDeviation()).isNull();
            assertThat(statistics.sampleStandardDeviation()).isNull();
            assertThat(statistics.questions()).isEmpty();
            assertThat(statistics.kr20().value()).isNull();
            assertThat(statistics.kr20().reason()).isEqualTo(Kr20.Reason.NO_ATTEMPTS);
            assertThat(statistics.kr20().attemptsUsed()).isZero();
            assertThat(statistics.kr20().itemIds()).isEmpty();
            assertThat(statistics.kr20().totalVariance()).isNull();
        }

        @Test
        void oneAttempt() {
            // mean = 1.5; population SD = 0; sample SD divides by N − 1 = 0: undefined
            // KR-20: N = 1 < 2. X = 1 (only Q1 has full marks): σ² = 1 − 1² = 0, Σpq = 1·0 + 0·1 = 0
            // groups of ceil(0.27) = 1 are both S1, so D = 1 − 1 = 0 for Q1 and 0.5 − 0.5 = 0 for Q2
            ExamStatistics statistics = ItemAnalysis.analyse(List.of(
                    attempt("S1", "1.5", item("Q1", "1", "1"), item("Q2", "0.5", "1"))));

            assertThat(statistics.attemptCount()).isEqualTo(1);
            assertThat(statistics.meanTotalScore()).isEqualTo(dec("1.5000"));
            assertThat(statistics.populationStandardDeviation()).isEqualTo(dec("0.0000"));
            assertThat(statistics.sampleStandardDeviation()).isNull();
            assertThat(statistics.kr20().value()).isNull();
            assertThat(statistics.kr20().reason()).isEqualTo(Kr20.Reason.TOO_FEW_ATTEMPTS);
            assertThat(statistics.kr20().attemptsUsed()).isEqualTo(1);
            assertThat(statistics.kr20().totalVariance()).isEqualTo(dec("0.0000"));
            assertThat(statistics.kr20().sumOfItemVariances()).isEqualTo(dec("0.0000"));

            QuestionStatistics q2 = question(statistics, "Q2");
            assertThat(q2.n()).isEqualTo(1);
            assertThat(q2.upperGroup()).containsExactly("S1");
            assertThat(q2.lowerGroup()).containsExactly("S1");
            assertThat(q2.facility()).isEqualTo(dec("0.5000"));
            assertThat(q2.discrimination()).isEqualTo(dec("0.0000"));
            assertThat(q2.flags()).containsExactly(ItemFlag.TOO_FEW_RESPONSES);
        }

        @Test
        void identicalTotalsLeaveNoVarianceForKr20() {
            // every attempt has exactly one of two right: X = 1, 1, 1, 1 → σ² = 4/4 − 1² = 0
            // Σpq = (2/4)(2/4) + (2/4)(2/4) = 0.5; KR-20 would divide by 0
            // all totals tie, so ranking is by id: K1 K2 | K3 K4 (ceil(1.08) = 2)
            // Q1: upper (1 + 0)/2 − lower (1 + 0)/2 = 0
            List<String> items = List.of("Q1", "Q2");
            ExamStatistics statistics = ItemAnalysis.analyse(List.of(
                    dichotomous("K1", items, 1, 0),
                    dichotomous("K2", items, 0, 1),
                    dichotomous("K3", items, 1, 0),
                    dichotomous("K4", items, 0, 1)));

            assertThat(statistics.meanTotalScore()).isEqualTo(dec("1.0000"));
            assertThat(statistics.populationStandardDeviation()).isEqualTo(dec("0.0000"));
            assertThat(statistics.sampleStandardDeviation()).isEqualTo(dec("0.0000"));
            Kr20 kr20 = statistics.kr20();
            assertThat(kr20.value()).isNull();
            assertThat(kr20.reason()).isEqualTo(Kr20.Reason.NO_VARIANCE);
            assertThat(kr20.reason().description()).contains("variance is 0");
            assertThat(kr20.attemptsUsed()).isEqualTo(4);
            assertThat(kr20.totalVariance()).isEqualTo(dec("0.0000"));
            assertThat(kr20.sumOfItemVariances()).isEqualTo(dec("0.5000"));

            QuestionStatistics q1 = question(statistics, "Q1");
            assertThat(q1.upperGroup()).containsExactly("K1", "K2");
            assertThat(q1.lowerGroup()).containsExactly("K3", "K4");
            assertThat(q1.discrimination()).isEqualTo(dec("0.0000"));
        }

        @Test
        void oneItemIsTooFewForKr20() {
            // k = 1: k/(k − 1) = 1/0. The figures are still reported:
            // X = 1, 0, 1: σ² = 2/3 − (2/3)² = 2/9 = 0.2222; p = 2/3, Σpq = 2/3 · 1/3 = 2/9
            List<String> items = List.of("Q1");
            ExamStatistics statistics = ItemAnalysis.analyse(List.of(
                    dichotomous("O1", items, 1),
                    dichotomous("O2", items, 0),
                    dichotomous("O3", items, 1)));

            Kr20 kr20 = statistics.kr20();
            assertThat(kr20.value()).isNull();
            assertThat(kr20.reason()).isEqualTo(Kr20.Reason.TOO_FEW_ITEMS);
            assertThat(kr20.itemCount()).isEqualTo(1);
            assertThat(kr20.attemptsUsed()).isEqualTo(3);
            assertThat(kr20.totalVariance()).isEqualTo(dec("0.2222"));
            assertThat(kr20.sumOfItemVariances()).isEqualTo(dec("0.2222"));
        }

        @Test
        void attemptsThatAllDrewDifferentItemsShareNoSetForKr20() {
            // each set occurs once: the first, {A, B}, is used, with N = 1
            ExamStatistics statistics = ItemAnalysis.analyse(List.of(
                    dichotomous("U1", List.of("A", "B"), 1, 0),
                    dichotomous("U2", List.of("A", "C"), 1, 1),
                    dichotomous("U3", List.of("B", "C"), 0, 0)));

            assertThat(statistics.kr20().reason()).isEqualTo(Kr20.Reason.TOO_FEW_ATTEMPTS);
            assertThat(statistics.kr20().itemIds()).containsExactly("A", "B");
            assertThat(statistics.kr20().attemptsUsed()).isEqualTo(1);
        }
    }

    /**
     * Test 6: flags. Totals (which include the rest of the exam) rank T01 first; groups of ceil(2.7) = 3.
     *
     * <pre>
     *          total   E   H   G   B     R
     *   T01     100    1   0   1   1     1        upper
     *   T02      90    1   0   1   1     1        upper
     *   T03      80    1   0   1   1     1        upper
     *   T04      70    1   0   1   1     1
     *   T05      60    1   0   1   1     1
     *   T06      50    1   0   0   1     1
     *   T07      40    1   0   0   0.6   1
     *   T08      30    1   0   0   1     1        lower
     *   T09      20    1   1   0   1     1        lower
     *   T10      10    1   0   0   0.4   0.0004   lower
     * </pre>
     */
    @Nested
    class Flags {

        private static final String[] TOTALS = {"100", "90", "80", "70", "60", "50", "40", "30", "20", "10"};
        private static final String[][] SCORES = {
                {"1", "0", "1", "1", "1"},
                {"1", "0", "1", "1", "1"},
                {"1", "0", "1", "1", "1"},
                {"1", "0", "1", "1", "1"},
                {"1", "0", "1", "1", "1"},
                {"1", "0", "0", "1", "1"},
                {"1", "0", "0", "0.6", "1"},
                {"1", "0", "0", "1", "1"},
                {"1", "1", "0", "1", "1"},
                {"1", "0", "0", "0.4", "0.0004"}};
        private static final String[] QUESTIONS = {"E", "H", "G", "B", "R"};

        private final ExamStatistics statistics = ItemAnalysis.analyse(attempts(10));

        private static List<AttemptResult> attempts(int count) {
            return java.util.stream.IntStream.range(0, count).mapToObj(row -> attempt(
                    String.format("T%02d", row + 1), TOTALS[row],
                    java.util.stream.IntStream.range(0, QUESTIONS.length)
                            .mapToObj(column -> item(QUESTIONS[column], SCORES[row][column], "1"))
                            .toArray(ItemResponse[]::new))).toList();
        }

        @Test
        void everyoneRightIsEasyAndCannotDiscriminate() {
            // facility 10/10 = 1 > 0.9; D = 3/3 − 3/3 = 0 < 0.2
            QuestionStatistics e = question(statistics, "E");
            assertThat(e.facility()).isEqualTo(dec("1.0000"));
            assertThat(e.discrimination()).isEqualTo(dec("0.0000"));
            assertThat(e.flags()).containsExactly(ItemFlag.EASY, ItemFlag.LOW_DISCRIMINATION);
        }

        @Test
        void onlyAWeakAttemptRightIsHardAndNegativelyDiscriminating() {
            // facility 1/10 = 0.1 < 0.2; D = 0/3 − 1/3 = −0.3333, below 0.2 and below 0
            QuestionStatistics h = question(statistics, "H");
            assertThat(h.facility()).isEqualTo(dec("0.1000"));
            assertThat(h.discrimination()).isEqualTo(dec("-0.3333"));
            assertThat(h.flags()).containsExactly(
                    ItemFlag.HARD, ItemFlag.LOW_DISCRIMINATION, ItemFlag.NEGATIVE_DISCRIMINATION);
        }

        @Test
        void aWellBehavedQuestionHasNoFlags() {
            // facility 5/10 = 0.5; D = 3/3 − 0/3 = 1
            QuestionStatistics g = question(statistics, "G");
            assertThat(g.facility()).isEqualTo(dec("0.5000"));
            assertThat(g.discrimination()).isEqualTo(dec("1.0000"));
            assertThat(g.flags()).isEmpty();
        }

        @Test
        void thresholdsThemselvesAreNotFlagged() {
            // facility (5 + 1 + 0.6 + 1 + 1 + 0.4) / 10 = 9/10 = 0.9, not > 0.9
            // D = (1 + 1 + 1)/3 − (1 + 1 + 0.4)/3 = (3 − 2.4)/3 = 0.2, not < 0.2
            QuestionStatistics b = question(statistics, "B");
            assertThat(b.facility()).isEqualTo(dec("0.9000"));
            assertThat(b.discrimination()).isEqualTo(dec("0.2000"));
            assertThat(b.flags()).isEmpty();
        }

        @Test
        void flagsJudgeThePublishedRoundedFigures() {
            // facility (9 + 0.0004)/10 = 0.90004, published as 0.9000, which is not > 0.9
            // D = 3/3 − (1 + 1 + 0.0004)/3 = 0.9996/3 = 0.3332
            QuestionStatistics r = question(statistics, "R");
            assertThat(r.facility()).isEqualTo(dec("0.9000"));
            assertThat(r.discrimination()).isEqualTo(dec("0.3332"));
            assertThat(r.flags()).isEmpty();
        }

        @Test
        void belowTenResponsesOnlyTooFewResponsesIsFlagged() {
            // T01–T09: E is 9/9 = 1 and H is 1/9 = 0.1111, which at n = 10 would be flagged; n = 9 < 10
            ExamStatistics nine = ItemAnalysis.analyse(attempts(9));

            assertThat(nine.questions()).allSatisfy(question -> {
                assertThat(question.n()).isEqualTo(9);
                assertThat(question.flags()).containsExactly(ItemFlag.TOO_FEW_RESPONSES);
            });
            assertThat(question(nine, "E").facility()).isEqualTo(dec("1.0000"));
            assertThat(question(nine, "H").facility()).isEqualTo(dec("0.1111"));
        }
    }

    @Nested
    class GroupSize {

        @ParameterizedTest(name = "n = {0} → {1}")
        @CsvSource({
                "1, 1",     // ceil(0.27) = 1
                "2, 1",     // ceil(0.54)
                "3, 1",     // ceil(0.81)
                "4, 2",     // ceil(1.08)
                "6, 2",     // ceil(1.62)
                "10, 3",    // ceil(2.7)
                "11, 3",    // ceil(2.97)
                "12, 4",    // ceil(3.24)
                "100, 27",  // 27 exactly
                "900, 243"  // 243 exactly; in double 0.27 · 900 = 243.00000000000003 would give 244
        })
        void isTheCeilingOf27Percent(int n, int expected) {
            assertThat(ItemAnalysis.groupSize(n)).isEqualTo(expected);
        }
    }

    @Test
    void rankingTreatsEqualTotalsWithDifferentScalesAsTies() {
        // 2.0 and 2.00 tie, so id decides: X1 before X2, although X2 is listed first
        ExamStatistics statistics = ItemAnalysis.analyse(List.of(
                attempt("X2", "2.00", mark("Q", 0)),
                attempt("X1", "2.0", mark("Q", 1))));

        assertThat(question(statistics, "Q").upperGroup()).containsExactly("X1");
        assertThat(question(statistics, "Q").discrimination()).isEqualTo(dec("1.0000"));
    }
}
