package com.csracademy.quiz.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScoresTest {

    private static List<BigDecimal> of(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void anAverageOf89point99StaysBelow90() {
        BigDecimal average = Scores.average(of("100", "100", "79.96", "80"));
        assertThat(average).isEqualByComparingTo("89.99");
        assertThat(average.compareTo(new BigDecimal("90"))).isNegative();
    }

    @Test
    void anAverageOfExactly90IsNotRoundedAway() {
        assertThat(Scores.average(of("95", "85", "92.5", "87.5"))).isEqualByComparingTo("90");
    }

    @Test
    void displayRoundsToOneDecimalOnlyForShowing() {
        BigDecimal average = Scores.average(of("89.96", "89.98", "89.99", "89.99"));
        assertThat(average).isEqualByComparingTo("89.98");
        assertThat(Scores.display(new BigDecimal("89.95"))).isEqualByComparingTo("90.0");
        assertThat(new BigDecimal("89.95").compareTo(new BigDecimal("90"))).isNegative();
    }

    @Test
    void percentOfThirdsKeepsTenDecimals() {
        assertThat(Scores.percent(of("1", "0", "0"))).isEqualByComparingTo("33.3333333333");
    }

    @Test
    void partialCreditCountsInTheAreaScore() {
        assertThat(Scores.percent(of("1", "0.5", "0", "1"))).isEqualByComparingTo("62.5");
    }

    @Test
    void aMakeUpOverlaysOnlyTheAreasItRetook() {
        Map<KnowledgeArea, BigDecimal> first = Map.of(KnowledgeArea.SECURITIES_BASICS, new BigDecimal("95"),
                KnowledgeArea.SYSTEMS, new BigDecimal("80"), KnowledgeArea.SERVICE_NORMS, new BigDecimal("92"),
                KnowledgeArea.SERVICE_SKILLS, new BigDecimal("85"));
        Map<KnowledgeArea, BigDecimal> makeUp = Map.of(KnowledgeArea.SYSTEMS, new BigDecimal("90"),
                KnowledgeArea.SERVICE_SKILLS, new BigDecimal("88"));
        Map<KnowledgeArea, BigDecimal> combined = Scores.overlay(first, makeUp);
        assertThat(combined).containsEntry(KnowledgeArea.SYSTEMS, new BigDecimal("90"))
                .containsEntry(KnowledgeArea.SECURITIES_BASICS, new BigDecimal("95"));
        assertThat(Scores.average(combined.values())).isEqualByComparingTo("91.25");
    }
}
