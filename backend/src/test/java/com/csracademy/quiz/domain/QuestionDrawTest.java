package com.csracademy.quiz.domain;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionDrawTest {

    private static final List<String> BANK = List.of("a", "b", "c", "d", "e", "f");

    @RepeatedTest(20)
    void unseenQuestionsAreDrawnBeforeSeenOnes() {
        List<String> drawn = QuestionDraw.draw(BANK, Map.of("a", 1, "b", 1, "c", 1), 3, new Random());
        assertThat(drawn).containsExactlyInAnyOrder("d", "e", "f");
    }

    @RepeatedTest(20)
    void whenAllWereSeenTheLeastSeenComeFirst() {
        Map<String, Integer> seen = Map.of("a", 3, "b", 1, "c", 2, "d", 1, "e", 3, "f", 2);
        assertThat(QuestionDraw.draw(BANK, seen, 2, new Random())).containsExactlyInAnyOrder("b", "d");
    }

    @Test
    void aSmallBankGivesWhatItHas() {
        assertThat(QuestionDraw.draw(List.of("a", "b"), Map.of(), 5, new Random())).hasSize(2);
    }

    @Test
    void theDrawIsRandomWithinAGroup() {
        List<String> first = QuestionDraw.draw(BANK, Map.of(), 6, new Random(1));
        List<String> second = QuestionDraw.draw(BANK, Map.of(), 6, new Random(2));
        assertThat(first).containsExactlyInAnyOrderElementsOf(BANK).isNotEqualTo(second);
    }
}
