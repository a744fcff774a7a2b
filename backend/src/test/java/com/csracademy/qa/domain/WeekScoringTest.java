package com.csracademy.qa.domain;

import java.math.BigDecimal;
import java.util.List;

import com.csracademy.qa.domain.WeekScoring.Call;
import com.csracademy.qa.domain.WeekScoring.Week;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WeekScoringTest {

    private static Call call(String id, String score) {
        return new Call(id, new BigDecimal(score), false, null);
    }

    @Test
    void theWeekScoreIsTheExactMeanOfTheCountedCalls() {
        Week w = WeekScoring.of(List.of(call("a", "90"), call("b", "85"), call("c", "80.5")));
        // (90 + 85 + 80.5) / 3 = 85.1666…
        assertThat(w.mean()).isEqualByComparingTo("85.1666666667");
        assertThat(w.complete()).isTrue();
    }

    @Test
    void aZeroScoreCallIsKeptButNotCountedAndWaitsForItsReplacement() {
        Week w = WeekScoring.of(List.of(call("a", "90"), new Call("z", new BigDecimal("50"), true, null)));
        assertThat(w.counted()).containsExactly("a");
        assertThat(w.awaitingReplacement()).containsExactly("z");
        assertThat(w.complete()).isFalse();
    }

    @Test
    void theReplacementCountsInPlaceOfTheZeroScoreCall() {
        Week w = WeekScoring.of(List.of(call("a", "90"), new Call("z", new BigDecimal("50"), true, null),
                new Call("r", new BigDecimal("80"), false, "z")));
        // (90 + 80) / 2 = 85
        assertThat(w.counted()).containsExactly("a", "r");
        assertThat(w.mean()).isEqualByComparingTo("85");
        assertThat(w.complete()).isTrue();
    }

    @Test
    void aReplacementThatAlsoScoresZeroCountsAsZero() {
        Week w = WeekScoring.of(List.of(call("a", "90"), new Call("z", new BigDecimal("50"), true, null),
                new Call("r", new BigDecimal("30"), true, "z")));
        // (90 + 0) / 2 = 45
        assertThat(w.mean()).isEqualByComparingTo("45");
        assertThat(w.awaitingReplacement()).isEmpty();
    }

    @Test
    void aReplacementWhoseOriginalIsNoLongerZeroAfterAnAppealDoesNotCount() {
        Week w = WeekScoring.of(List.of(call("a", "90"), new Call("z", new BigDecimal("70"), false, null),
                new Call("r", new BigDecimal("80"), false, "z")));
        // (90 + 70) / 2 = 80
        assertThat(w.counted()).containsExactly("a", "z");
        assertThat(w.mean()).isEqualByComparingTo("80");
    }
}
