package com.csracademy.qa.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validation;
import com.csracademy.content.ContentFiles;
import com.csracademy.content.ContentProperties;
import com.csracademy.qa.domain.CallMarks.CriterionMark;
import com.csracademy.qa.domain.CallMarks.Deduction;
import com.csracademy.qa.domain.CallMarks.TerminologyMark;
import com.csracademy.qa.domain.CallScoring.CallScore;
import com.csracademy.qa.domain.Scorecard.Rating;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scoring one call with the default card; every expected value is computed by hand in the comment. */
class CallScoringTest {

    private static final ContentFiles FILES = new ContentFiles(new ContentProperties("file:../content/"),
            Validation.buildDefaultValidatorFactory().getValidator());
    static final Scorecard CARD = FILES.bind(FILES.list("qa/scorecard-default.yaml").get(0), Scorecard.class);

    private static final CriterionMark GOOD = new CriterionMark(Rating.GOOD, null);
    private static final CriterionMark MEDIUM = new CriterionMark(Rating.MEDIUM, "回答含糊但基本准确");
    private static final CriterionMark POOR = new CriterionMark(Rating.POOR, "回答错误");

    static Map<String, List<CriterionMark>> all(CriterionMark mark) {
        return Map.of("fundamental", Collections.nCopies(5, mark), "technical", Collections.nCopies(5, mark),
                "advice", List.of(mark));
    }

    static CallMarks perfect() {
        return new CallMarks(all(GOOD), new TerminologyMark(false, 0, null), List.of());
    }

    @Test
    void theDefaultCardIsFiftyPointsTwentyFiveAndTwentyFive() {
        assertThat(CARD.knowledge().max()).isEqualByComparingTo("25");
        assertThat(CARD.service().max()).isEqualByComparingTo("25");
        assertThat(CARD.service().items()).hasSize(18);
        assertThat(CARD.max()).isEqualByComparingTo("50");
    }

    @Test
    void aPerfectCallIsFiftyNormalisedToHundred() {
        CallScore s = CallScoring.score(CARD, perfect(), null);
        assertThat(s.total()).isEqualByComparingTo("50");
        assertThat(s.normalised()).isEqualByComparingTo("100");
        assertThat(s.zero()).isFalse();
    }

    @Test
    void mediumRatingsAndServiceDeductionsAreNormalisedTimesTwo() {
        // knowledge: fundamental 2+2+1+1+0 = 6, technical 5×2 = 10, advice 1, terminology looked up 2 → 19
        // service: 25 − 1 (opening greeting) − 1.5 (patience) = 22.5; total 41.5 → ×2 = 83
        Map<String, List<CriterionMark>> k = Map.of(
                "fundamental", List.of(GOOD, GOOD, MEDIUM, MEDIUM, POOR),
                "technical", Collections.nCopies(5, GOOD), "advice", List.of(MEDIUM));
        CallMarks marks = new CallMarks(k, new TerminologyMark(true, 0, "查询后回答"),
                List.of(new Deduction("opening-greeting", BigDecimal.ONE, "未按规范问候"),
                        new Deduction("patience", new BigDecimal("1.5"), "催促客户")));
        CallScore s = CallScoring.score(CARD, marks, null);
        assertThat(s.knowledge()).isEqualByComparingTo("19");
        assertThat(s.service()).isEqualByComparingTo("22.5");
        assertThat(s.normalised()).isEqualByComparingTo("83");
    }

    @Test
    void terminologyLosesOnePerWrongAnswerAndMayGoNegative() {
        // knowledge: 22 from the criteria, terminology 3 − 5 = −2 → 20
        CallMarks marks = new CallMarks(all(GOOD), new TerminologyMark(false, 5, "五个术语解释错误"), List.of());
        CallScore s = CallScoring.score(CARD, marks, null);
        assertThat(s.knowledge()).isEqualByComparingTo("20");
        assertThat(s.normalised()).isEqualByComparingTo("90");
    }

    @Test
    void aNegativeKnowledgeHalfIsAZeroScoreCallAndCountsZeroInTheTotal() {
        // knowledge: all poor 0, terminology looked up 2 − 3 = −1 → −1 (zero-score); total 0 + 25 = 25 → 50
        CallMarks marks = new CallMarks(all(POOR), new TerminologyMark(true, 3, "错误"), List.of());
        CallScore s = CallScoring.score(CARD, marks, null);
        assertThat(s.knowledge()).isEqualByComparingTo("-1");
        assertThat(s.zero()).isTrue();
        assertThat(s.total()).isEqualByComparingTo("25");
    }

    @Test
    void anArgumentMayCostTheWholeServiceHalfMakingAZeroScoreCall() {
        CallMarks marks = new CallMarks(all(GOOD), new TerminologyMark(false, 0, null),
                List.of(new Deduction("argument", new BigDecimal("25"), "与客户大声争执")));
        CallScore s = CallScoring.score(CARD, marks, null);
        assertThat(s.service()).isEqualByComparingTo("0");
        assertThat(s.zero()).isTrue();
        assertThat(s.normalised()).isEqualByComparingTo("50");
    }

    @Test
    void aReplacementCallsKnowledgeIsCappedAtFifteen() {
        // knowledge 25 capped at 15, service 25 → 40 → 80
        CallScore s = CallScoring.score(CARD, perfect(), WeekScoring.REPLACEMENT_KNOWLEDGE_CAP);
        assertThat(s.knowledge()).isEqualByComparingTo("15");
        assertThat(s.normalised()).isEqualByComparingTo("80");
    }

    @Test
    void aDeductionWithoutAReasonIsRejected() {
        assertThatThrownBy(() -> CallScoring.score(CARD, new CallMarks(all(GOOD), new TerminologyMark(false, 0, null),
                List.of(new Deduction("smiling", BigDecimal.ONE, " "))), null))
                .isInstanceOf(ScoringException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> CallScoring.score(CARD, new CallMarks(all(new CriterionMark(Rating.POOR, null)),
                new TerminologyMark(false, 0, null), List.of()), null))
                .isInstanceOf(ScoringException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> CallScoring.score(CARD, new CallMarks(all(GOOD), new TerminologyMark(true, 0, null),
                List.of()), null)).isInstanceOf(ScoringException.class).hasMessageContaining("reason");
    }

    @Test
    void aDeductionBeyondTheItemsWeightOrForAnUnknownItemIsRejected() {
        assertThatThrownBy(() -> CallScoring.score(CARD, new CallMarks(all(GOOD), new TerminologyMark(false, 0, null),
                List.of(new Deduction("opening-greeting", new BigDecimal("1.5"), "x"))), null))
                .isInstanceOf(ScoringException.class).extracting("field").isEqualTo("service[0].points");
        assertThatThrownBy(() -> CallScoring.score(CARD, new CallMarks(all(GOOD), new TerminologyMark(false, 0, null),
                List.of(new Deduction("nope", BigDecimal.ONE, "x"))), null))
                .isInstanceOf(ScoringException.class).extracting("field").isEqualTo("service[0].item");
    }

    @Test
    void everyCriterionNeedsARating() {
        List<CriterionMark> four = new ArrayList<>(Collections.nCopies(4, GOOD));
        assertThatThrownBy(() -> CallScoring.score(CARD, new CallMarks(Map.of("fundamental", four,
                "technical", Collections.nCopies(5, GOOD), "advice", List.of(GOOD)),
                new TerminologyMark(false, 0, null), List.of()), null))
                .isInstanceOf(ScoringException.class).extracting("field").isEqualTo("knowledge.fundamental");
    }

    @Test
    void itemPointsListEveryItemOfTheCardWithWhatItEarned() {
        CallMarks marks = new CallMarks(Map.of("fundamental", List.of(GOOD, MEDIUM, POOR, GOOD, GOOD),
                "technical", Collections.nCopies(5, GOOD), "advice", List.of(MEDIUM)),
                new TerminologyMark(true, 1, "查询后回答，且一处解释有误"),
                List.of(new Deduction("patience", new BigDecimal("0.5"), "催促客户"),
                        new Deduction("argument", new BigDecimal("3"), "与客户争执")));
        CallScoring.score(CARD, marks, null);
        Map<String, BigDecimal> points = CallScoring.itemPoints(CARD, marks);
        // 11 criteria + terminology + 18 service items
        assertThat(points).hasSize(30);
        assertThat(points.get("knowledge:fundamental:2")).isEqualByComparingTo("1");
        assertThat(points.get("knowledge:fundamental:3")).isEqualByComparingTo("0");
        assertThat(points.get("knowledge:advice:1")).isEqualByComparingTo("1");
        // looked up: at most 2, one wrong answer −1 → 1
        assertThat(points.get("knowledge:terminology")).isEqualByComparingTo("1");
        // patience weighs 2, −0.5 → 1.5; argument weighs 1, −3 → −2; warm tone untouched → 2
        assertThat(points.get("service:patience")).isEqualByComparingTo("1.5");
        assertThat(points.get("service:argument")).isEqualByComparingTo("-2");
        assertThat(points.get("service:warm-tone")).isEqualByComparingTo("2");
    }
}
