package com.csracademy.monitoring.domain;

import java.math.BigDecimal;
import java.util.List;

import com.csracademy.monitoring.domain.DailyAssessmentPolicy.DayScore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DailyAssessmentPolicyTest {

    @Test
    void aQuietDayWithoutADrillIsFullMarks() {
        DayScore day = DailyAssessmentPolicy.score(List.of(), List.of());
        assertThat(day.drillAverage()).isNull();
        assertThat(day.score()).isEqualByComparingTo("100");
    }

    @Test
    void theDaysDrillScoresAreAveraged() {
        // (80 + 91) / 2 = 85.5
        DayScore day = DailyAssessmentPolicy.score(List.of(80, 91), List.of());
        assertThat(day.drillAverage()).isEqualByComparingTo("85.5");
        assertThat(day.score()).isEqualByComparingTo("85.5");
    }

    @Test
    void awardsAddAndDeductionsSubtractFromTheDrillScore() {
        // 78 + 1 (全勤奖) - 2 (接听移动电话) - 1 (不按规定运用文明用语) = 76
        DayScore day = DailyAssessmentPolicy.score(List.of(78), List.of(1, -2, -1));
        assertThat(day.awards()).isEqualTo(1);
        assertThat(day.deductions()).isEqualTo(3);
        assertThat(day.base()).isEqualByComparingTo("78");
        assertThat(day.score()).isEqualByComparingTo("76");
    }

    @Test
    void deductionsOnADayWithoutADrillComeOffFullMarks() {
        // 100 - 2 (无故旷工) = 98
        assertThat(DailyAssessmentPolicy.score(List.of(), List.of(-2)).score()).isEqualByComparingTo("98");
    }

    @Test
    void anAwardMayTakeTheDayAboveOneHundred() {
        // 100 + 5 (话务质量之星) = 105: an award is a bonus on top of the day's work
        assertThat(DailyAssessmentPolicy.score(List.of(), List.of(5)).score()).isEqualByComparingTo("105");
    }

    @Test
    void deductionsNeverTakeTheDayBelowZero() {
        // 1 - 2 - 2 = -3, floored at 0
        assertThat(DailyAssessmentPolicy.score(List.of(1), List.of(-2, -2)).score()).isEqualByComparingTo("0");
    }

    @Test
    void theDrillAverageIsExactAndRoundedOnlyForDisplay() {
        // (80 + 81 + 81) / 3 = 80.666…: above 80.66, shown as 80.7
        DayScore day = DailyAssessmentPolicy.score(List.of(80, 81, 81), List.of());
        assertThat(day.score()).isGreaterThan(new BigDecimal("80.6666")).isLessThan(new BigDecimal("80.6667"));
        assertThat(DailyAssessmentPolicy.shown(day.score())).isEqualByComparingTo("80.7");
        assertThat(DailyAssessmentPolicy.shown(day.score()).scale()).isEqualTo(1);
    }

    @Test
    void thePeriodsScoreIsTheMeanOfItsDays() {
        // (100 + 85.5 + 76) / 3 = 87.1666… → 87.2
        BigDecimal average = DailyAssessmentPolicy.average(List.of(new BigDecimal("100"), new BigDecimal("85.5"),
                new BigDecimal("76")));
        assertThat(DailyAssessmentPolicy.shown(average)).isEqualByComparingTo("87.2");
        assertThat(DailyAssessmentPolicy.average(List.of())).isNull();
    }

    @Test
    void aDrillScoreOutsideZeroToOneHundredIsRefused() {
        assertThatThrownBy(() -> DailyAssessmentPolicy.score(List.of(101), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
