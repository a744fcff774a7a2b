package com.csracademy.monitoring;

import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MonitoringQuotasApiTest extends ApiTest {

    private MonitoringFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new MonitoringFixture(this::as);
    }

    @Test
    void tenRecordingAnalysesOfOthersCallsAreNeededPerMonitoringWorkingDay() {
        String[] pair = fixture.mentoredTrainee();
        for (int i = 0; i < 9; i++) {
            fixture.submitted(pair[0], "2026-11-03", "OTHERS_RECORDING");
        }
        fixture.submitted(pair[0], "2026-11-03", "OWN_TYPICAL_CALL");
        as(pair[0]).get().uri("/api/v1/trainees/{id}/quotas?day=2026-11-03&step=monitoring", pair[0]).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.workingDay").isEqualTo(true)
                .jsonPath("$.quotas[0].kind").isEqualTo("RECORDING_ANALYSES")
                .jsonPath("$.quotas[0].required").isEqualTo(10)
                .jsonPath("$.quotas[0].filed").isEqualTo(9)
                .jsonPath("$.quotas[0].met").isEqualTo(false);
        fixture.submitted(pair[0], "2026-11-03", "OTHERS_RECORDING");
        as(pair[1]).get().uri("/api/v1/trainees/{id}/quotas?day=2026-11-03&step=monitoring", pair[0]).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.quotas[0].filed").isEqualTo(10)
                .jsonPath("$.quotas[0].met").isEqualTo(true)
                .jsonPath("$.quotas[0].metWithAccepted").isEqualTo(false);
    }

    @Test
    void aMakeUpSaturdayNeedsRecordingAnalysesButNoTypicalCalls() {
        String trainee = fixture.mentoredTrainee()[0];
        as(trainee).get().uri("/api/v1/trainees/{id}/quotas?day=2026-10-10", trainee).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.workingDay").isEqualTo(true)
                .jsonPath("$.tradingDay").isEqualTo(false)
                .jsonPath("$.quotas[?(@.kind == 'RECORDING_ANALYSES')].required").isEqualTo(10)
                .jsonPath("$.quotas[?(@.kind == 'TYPICAL_CALLS')].required").isEqualTo(0);
    }

    @Test
    void fiveTypicalCallsArNeededPerTradingDayOfTheTradingHoursStep() {
        String trainee = fixture.mentoredTrainee()[0];
        for (int i = 0; i < 5; i++) {
            fixture.submitted(trainee, "2026-11-05", "OWN_TYPICAL_CALL");
        }
        as(trainee).get().uri("/api/v1/trainees/{id}/quotas?day=2026-11-05&step=golive-trading", trainee).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.quotas.length()").isEqualTo(1)
                .jsonPath("$.quotas[0].kind").isEqualTo("TYPICAL_CALLS")
                .jsonPath("$.quotas[0].required").isEqualTo(5)
                .jsonPath("$.quotas[0].met").isEqualTo(true);
    }

    @Test
    void aHolidayNeedsNoForms() {
        String trainee = fixture.mentoredTrainee()[0];
        as(trainee).get().uri("/api/v1/trainees/{id}/quotas?day=2026-10-01", trainee).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.quotas[0].required").isEqualTo(0)
                .jsonPath("$.quotas[1].required").isEqualTo(0);
    }

    @Test
    void anotherTraineeCannotSeeTheQuotas() {
        String trainee = fixture.mentoredTrainee()[0];
        as("t02").get().uri("/api/v1/trainees/{id}/quotas?day=2026-11-03", trainee).exchange()
                .expectStatus().isForbidden();
    }
}
