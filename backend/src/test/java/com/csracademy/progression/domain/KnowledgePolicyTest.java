package com.csracademy.progression.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import org.junit.jupiter.api.Test;

import static com.csracademy.program.ProgramDefinition.KnowledgeArea.SECURITIES_BASICS;
import static com.csracademy.program.ProgramDefinition.KnowledgeArea.SERVICE_NORMS;
import static com.csracademy.program.ProgramDefinition.KnowledgeArea.SERVICE_SKILLS;
import static com.csracademy.program.ProgramDefinition.KnowledgeArea.SYSTEMS;
import static com.csracademy.progression.domain.PolicyFixtures.CALENDAR;
import static com.csracademy.progression.domain.PolicyFixtures.PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;

class KnowledgePolicyTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static Map<KnowledgeArea, BigDecimal> scores(String basics, String systems, String norms, String skills) {
        Map<KnowledgeArea, BigDecimal> m = new EnumMap<>(KnowledgeArea.class);
        m.put(SECURITIES_BASICS, new BigDecimal(basics));
        m.put(SYSTEMS, new BigDecimal(systems));
        m.put(SERVICE_NORMS, new BigDecimal(norms));
        m.put(SERVICE_SKILLS, new BigDecimal(skills));
        return m;
    }

    @Test
    void anAverageOfExactly90Passes() {
        Decision d = KnowledgePolicy.decide(PROGRAM, scores("95", "85", "92.5", "87.5"), new BigDecimal("90.00"), 0,
                MONDAY, CALENDAR);
        assertThat(d).isInstanceOf(Decision.Passed.class);
        assertThat(d.rule()).isEqualTo("knowledge-average ≥ 90");
    }

    @Test
    void anAverageOf89point99IsRemedial() {
        Decision d = KnowledgePolicy.decide(PROGRAM, scores("100", "100", "79.96", "80"), new BigDecimal("89.99"), 0,
                MONDAY, CALENDAR);
        assertThat(d).isInstanceOf(Decision.Remedial.class);
        assertThat(d.explanation()).contains("89.99 < 90");
    }

    @Test
    void weakAreasAreEveryAreaBelowThePassMark() {
        Decision.Remedial d = (Decision.Remedial) KnowledgePolicy.decide(PROGRAM, scores("97.5", "82", "90", "85.5"),
                new BigDecimal("88.75"), 0, MONDAY, CALENDAR);
        assertThat(d.weakAreas()).containsOnlyKeys(SYSTEMS, SERVICE_SKILLS);
        assertThat(d.explanation()).contains("88.75 < 90").contains("系统软件 82.0").contains("服务技巧 85.5");
    }

    @Test
    void whenNoAreaIsBelowThePassMarkTheLowestIsWeak() {
        // possible only with a program whose areas are weighted unequally or a pass mark on the average alone;
        // the rule still has to name something to retrain
        assertThat(KnowledgePolicy.weakAreas(scores("95", "90", "92", "91"), new BigDecimal("90")))
                .containsOnlyKeys(SYSTEMS);
    }

    @Test
    void theMakeUpIsDueOnTheThirdWorkingDayAcrossAHolidayAndAMakeUpSaturday() {
        // result on Wed 30 Sep 2026: 1–7 Oct holiday, Thu 8, Fri 9, make-up Saturday 10 Oct
        Decision.Remedial d = (Decision.Remedial) KnowledgePolicy.decide(PROGRAM, scores("80", "80", "80", "80"),
                new BigDecimal("80"), 0, LocalDate.of(2026, 9, 30), CALENDAR);
        assertThat(d.dueBy()).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(d.explanation()).contains("2026-10-10").contains("节假日不计");
    }

    @Test
    void anOrdinaryWeekGivesTheThirdWorkingDay() {
        Decision.Remedial d = (Decision.Remedial) KnowledgePolicy.decide(PROGRAM, scores("80", "80", "80", "80"),
                new BigDecimal("80"), 0, MONDAY, CALENDAR);
        assertThat(d.dueBy()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(d.explanation()).doesNotContain("节假日不计");
    }

    @Test
    void aMakeUpAt90Passes() {
        assertThat(KnowledgePolicy.decide(PROGRAM, scores("90", "90", "90", "90"), new BigDecimal("90"), 1, MONDAY,
                CALENDAR)).isInstanceOf(Decision.Passed.class);
    }

    @Test
    void aMakeUpBelow90AgainIsEscalatedWithTheChoices() {
        Decision d = KnowledgePolicy.decide(PROGRAM, scores("90", "85", "90", "90"), new BigDecimal("88.75"), 1,
                MONDAY, CALENDAR);
        assertThat(d).isInstanceOf(Decision.Escalated.class);
        assertThat(((Decision.Escalated) d).options())
                .containsExactly(Decision.EscalationChoice.ANOTHER_MAKE_UP, Decision.EscalationChoice.END_TRAINEESHIP);
        assertThat(d.explanation()).contains("部门负责人");
    }
}
