package com.csracademy.shadowing.domain;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvaluationScoreTest {

    private static List<BigDecimal> scores(int... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void theScoreIsTheMeanOfTheItemsRoundedHalfUpToTwoDecimals() {
        // 90 + 85 + 88 = 263; 263 / 3 = 87.666… → 87.67
        assertThat(EvaluationScore.of(scores(90, 85, 88))).isEqualByComparingTo("87.67");
        // eleven items: ten at 80 and one at 91 → 891 / 11 = 81
        assertThat(EvaluationScore.of(scores(80, 80, 80, 80, 80, 80, 80, 80, 80, 80, 91))).isEqualByComparingTo("81");
        // 0.005 rounds up: (100 + 99 + 99 + 99 + 99 + 99 + 99 + 99) / 8 = 99.125 → 99.13
        assertThat(EvaluationScore.of(scores(100, 99, 99, 99, 99, 99, 99, 99))).isEqualByComparingTo("99.13");
    }

    @Test
    void anEmptyFormHasNoScore() {
        assertThatThrownBy(() -> EvaluationScore.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
