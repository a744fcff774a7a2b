package com.csracademy.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import com.csracademy.program.ProgramDefinition.Category;
import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.program.ProgramDefinition.StageId;
import com.csracademy.progression.JourneyStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContributionTest {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private static TraineeFacts classroom() {
        return TraineeFacts.at(Category.A, StageId.CLASSROOM, "classroom", JourneyStatus.ON_TRACK,
                LocalDate.of(2026, 12, 1), 0);
    }

    @Test
    void aHundredFallsInTheTopBucketAndScoresAreSummedInThousandths() {
        assertThat(ScoreBuckets.of(new BigDecimal("100"))).isEqualTo(9);
        assertThat(ScoreBuckets.of(new BigDecimal("89.99"))).isEqualTo(8);
        assertThat(ScoreBuckets.of(new BigDecimal("0"))).isZero();
        assertThat(ScoreBuckets.milli(new BigDecimal("81.25"))).isEqualTo(81250);
    }

    @Test
    void anOlderTransitionOrSittingChangesNothing() {
        TraineeFacts moved = classroom().withJourney(StageId.SHADOWING, "branch-shadowing", JourneyStatus.ON_TRACK,
                null, 2, null, null);
        assertThat(moved.withJourney(StageId.CLASSROOM, "classroom", JourneyStatus.REMEDIAL, null, 1, null, null))
                .isSameAs(moved);
        TraineeFacts second = moved.withKnowledge(Map.of(KnowledgeArea.SYSTEMS, new BigDecimal("95")),
                new BigDecimal("92"), 2);
        assertThat(second.withKnowledge(Map.of(KnowledgeArea.SYSTEMS, new BigDecimal("60")), new BigDecimal("70"), 1))
                .isSameAs(second);
    }

    @Test
    void exactlyHalfTheCallsMonitoredIsBelowTargetAndMoreIsNot() {
        assertThat(classroom().withMonitoring("m1", 0, 4, 2).standingRisks(HALF)).contains(Risk.SHARE_BELOW_TARGET);
        assertThat(classroom().withMonitoring("m1", 0, 4, 3).standingRisks(HALF)).doesNotContain(Risk.SHARE_BELOW_TARGET);
        assertThat(classroom().withMonitoring("m1", 0, 0, 0).standingRisks(HALF)).isEmpty();
    }

    @Test
    void theDeltaMovesACountFromTheOldCellToTheNew() {
        TraineeFacts before = classroom();
        TraineeFacts after = before.withJourney(StageId.CLASSROOM, "classroom", JourneyStatus.REMEDIAL,
                LocalDate.of(2026, 12, 4), 1, null, null);
        Map<String, Long> delta = Contribution.delta(Contribution.of(before, before.standingRisks(HALF)),
                Contribution.of(after, after.standingRisks(HALF)));
        assertThat(delta).containsOnly(Map.entry("funnel|CLASSROOM|ON_TRACK", -1L),
                Map.entry("funnel|CLASSROOM|REMEDIAL", 1L), Map.entry("risk|REMEDIAL", 1L),
                Map.entry("atRisk", 1L), Map.entry("due|2026-12-01", -1L), Map.entry("due|2026-12-04", 1L),
                Map.entry("riskdue|2026-12-04", 1L));
    }

    @Test
    void theOverdueAndAtRiskCountsFollowTheDayWithoutAnyChange() {
        TraineeFacts onTrack = classroom();
        TraineeFacts remedialDueLater = classroom().withJourney(StageId.CLASSROOM, "classroom",
                JourneyStatus.REMEDIAL, LocalDate.of(2026, 12, 10), 1, null, null);
        TraineeFacts certified = classroom().withJourney(StageId.CLASSROOM, "classroom", JourneyStatus.CERTIFIED,
                LocalDate.of(2026, 11, 1), 1, null, null);
        Map<String, Long> counters = new java.util.HashMap<>();
        for (TraineeFacts f : java.util.List.of(onTrack, remedialDueLater, certified)) {
            Contribution.of(f, f.standingRisks(HALF)).forEach((k, v) -> counters.merge(k, v, Long::sum));
        }
        // 1 December: nobody is overdue (the on-track trainee is due that day), the remedial one is at risk.
        assertThat(Contribution.overdue(counters, LocalDate.of(2026, 12, 1))).isZero();
        assertThat(Contribution.atRisk(counters, LocalDate.of(2026, 12, 1))).isEqualTo(1);
        // 2 December: the on-track trainee is overdue too; a certified journey never is.
        assertThat(Contribution.overdue(counters, LocalDate.of(2026, 12, 2))).isEqualTo(1);
        assertThat(Contribution.atRisk(counters, LocalDate.of(2026, 12, 2))).isEqualTo(2);
        // 11 December: the remedial trainee is overdue as well, and still counted once among the at-risk.
        assertThat(Contribution.overdue(counters, LocalDate.of(2026, 12, 11))).isEqualTo(2);
        assertThat(Contribution.atRisk(counters, LocalDate.of(2026, 12, 11))).isEqualTo(2);
    }

    @Test
    void aMentorIdWithADotIsKeptAsACounterKeyAndReadBack() {
        assertThat(Contribution.key("wang.li$1")).doesNotContain(".").doesNotContain("$");
        assertThat(Contribution.unkey(Contribution.key("wang.li$1%"))).isEqualTo("wang.li$1%");
    }
}
