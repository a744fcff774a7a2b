package com.csracademy.monitoring.domain;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MonitoredSharePolicyTest {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    @Test
    void exactlyHalfMonitoredIsNotEnough() {
        assertThat(MonitoredSharePolicy.check(10, 5, HALF, null)).isInstanceOf(MonitoredSharePolicy.NotEnough.class);
    }

    @Test
    void moreThanHalfMonitoredIsEnough() {
        assertThat(MonitoredSharePolicy.check(10, 6, HALF, null)).isInstanceOf(MonitoredSharePolicy.Satisfied.class);
        assertThat(MonitoredSharePolicy.check(201, 101, HALF, null)).isInstanceOf(MonitoredSharePolicy.Satisfied.class);
    }

    @Test
    void aShareThatRoundsTo50PercentButIsBelowIsNotEnough() {
        MonitoredSharePolicy.Result result = MonitoredSharePolicy.check(2001, 1000, HALF, null);
        assertThat(result).isInstanceOf(MonitoredSharePolicy.NotEnough.class);
        assertThat(((MonitoredSharePolicy.NotEnough) result).percent()).isEqualByComparingTo("50.0");
    }

    @Test
    void noCallsIsNoEvidence() {
        assertThat(MonitoredSharePolicy.check(0, 0, HALF, null)).isInstanceOf(MonitoredSharePolicy.NotEnough.class);
    }

    @Test
    void aWaiverLetsALowShareThroughAndKeepsTheReason() {
        MonitoredSharePolicy.Result result = MonitoredSharePolicy.check(10, 2, HALF, "导师病假");
        assertThat(result).isEqualTo(new MonitoredSharePolicy.Waived(10, 2, new BigDecimal("20.0"), "导师病假"));
    }
}
