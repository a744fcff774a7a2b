package com.csracademy.curriculum.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeartbeatCreditTest {

    private final HeartbeatCredit credit = new HeartbeatCredit(300);

    @Test
    void aHeartbeatCreditsWhatItReportsUpToTheCap() {
        assertThat(credit.credit(0)).isZero();
        assertThat(credit.credit(10)).isEqualTo(10);
        assertThat(credit.credit(300)).isEqualTo(300);
    }

    @Test
    void aHeartbeatClaimingMoreThanTheCapCreditsTheCap() {
        assertThat(credit.credit(301)).isEqualTo(300);
        assertThat(credit.credit(3600)).isEqualTo(300);
    }

    @Test
    void aNegativeReportCreditsNothing() {
        assertThat(credit.credit(-5)).isZero();
    }
}
