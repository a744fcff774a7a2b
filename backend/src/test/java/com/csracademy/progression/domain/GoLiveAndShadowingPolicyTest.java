package com.csracademy.progression.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static com.csracademy.progression.domain.PolicyFixtures.CALENDAR;
import static com.csracademy.progression.domain.PolicyFixtures.PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;

class GoLiveAndShadowingPolicyTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @Test
    void aGoLiveScoreOfExactly85Certifies() {
        assertThat(GoLivePolicy.decide(PROGRAM, new BigDecimal("85"), 0, FRIDAY, CALENDAR))
                .isInstanceOf(Decision.Certified.class);
    }

    @Test
    void aGoLiveScoreOf84point99ExtendsMonitoringByOneWeekOfWorkingDays() {
        Decision d = GoLivePolicy.decide(PROGRAM, new BigDecimal("84.99"), 0, FRIDAY, CALENDAR);
        assertThat(d).isInstanceOf(Decision.Extended.class);
        assertThat(((Decision.Extended) d).until()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(d.explanation()).contains("84.99 < 85");
    }

    @Test
    void anExtensionThenAPassCertifies() {
        assertThat(GoLivePolicy.decide(PROGRAM, new BigDecimal("91"), 1, FRIDAY, CALENDAR))
                .isInstanceOf(Decision.Certified.class);
    }

    @Test
    void belowTheMarkAfterTheExtensionIsEscalated() {
        Decision d = GoLivePolicy.decide(PROGRAM, new BigDecimal("80"), 1, FRIDAY, CALENDAR);
        assertThat(d).isInstanceOf(Decision.Escalated.class);
        assertThat(((Decision.Escalated) d).options()).contains(Decision.EscalationChoice.ANOTHER_EXTENSION);
    }

    @Test
    void theShadowingScoreIsTheAverageOfTheHeadAndTheBranchMentor() {
        assertThat(ShadowingPolicy.stageScore(new BigDecimal("88"), new BigDecimal("93")))
                .isEqualByComparingTo("90.5");
        Decision d = ShadowingPolicy.decide(PROGRAM, new BigDecimal("88"), new BigDecimal("93"));
        assertThat(d).isInstanceOf(Decision.Passed.class);
        assertThat(d.explanation()).contains("90.5").contains("未设合格线");
    }
}
