package com.csracademy.quiz.domain.stats;

import static com.csracademy.quiz.domain.stats.StatsTestSupport.attempt;
import static com.csracademy.quiz.domain.stats.StatsTestSupport.dec;
import static com.csracademy.quiz.domain.stats.StatsTestSupport.mark;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inputs that would make the figures meaningless are refused where they are built. */
class InputValidationTest {

    private static ItemResponse response(String score, String max, List<Integer> chosen, int optionCount) {
        return new ItemResponse("Q", dec(score), dec(max), chosen, optionCount);
    }

    @Test
    void scoreMustLieBetweenZeroAndTheMaximum() {
        assertThatThrownBy(() -> response("1.5", "1", List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> response("-0.5", "1", List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(response("2.00", "2", List.of(), 0).fullMarks()).isTrue();
    }

    @Test
    void maximumMustBePositive() {
        assertThatThrownBy(() -> response("0", "0", List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxScore");
    }

    @Test
    void chosenOptionsMustExistAndBeDistinct() {
        assertThatThrownBy(() -> response("0", "1", List.of(0), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> response("0", "1", List.of(4), 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside 0..3");
        assertThatThrownBy(() -> response("0", "1", List.of(-1), 4))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> response("0", "1", List.of(1, 1), 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        assertThatThrownBy(() -> response("0", "1", List.of(), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatNullPointerException().isThrownBy(() -> response("0", "1", null, 0));
    }

    @Test
    void idsMustNotBeBlank() {
        assertThatThrownBy(() -> new ItemResponse(" ", BigDecimal.ZERO, BigDecimal.ONE, List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> attempt("", "0"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAttemptContainsEachQuestionOnce() {
        assertThatThrownBy(() -> attempt("A1", "1", mark("Q", 1), mark("Q", 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than once");
    }

    @Test
    void attemptIdsMustBeDistinct() {
        assertThatThrownBy(() -> ItemAnalysis.analyse(List.of(attempt("A1", "1"), attempt("A1", "0"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A1");
    }

    @Test
    void recordsCopyTheListsTheyAreGiven() {
        List<Integer> chosen = new ArrayList<>(List.of(1));
        ItemResponse response = response("1", "1", chosen, 3);
        List<ItemResponse> items = new ArrayList<>(List.of(response));
        AttemptResult attempt = new AttemptResult("A1", BigDecimal.ONE, items);

        chosen.add(2);
        items.clear();

        assertThat(response.chosenOptions()).containsExactly(1);
        assertThat(attempt.items()).containsExactly(response);
        assertThatThrownBy(() -> attempt.items().add(response)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void kr20HasEitherAValueOrAReason() {
        assertThatThrownBy(() -> new Kr20(BigDecimal.ONE, Kr20.Reason.NO_VARIANCE, List.of("Q"), 2,
                BigDecimal.ONE, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Kr20(null, null, List.of("Q"), 2, BigDecimal.ONE, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
