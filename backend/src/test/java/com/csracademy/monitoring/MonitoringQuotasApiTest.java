package com.csracademy.monitoring;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.csracademy.calendar.Calendars;
import com.csracademy.support.ApiTest;
import com.csracademy.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MonitoringQuotasApiTest extends ApiTest {

    @Autowired
    TestClock clock;
    @Autowired
    Calendars calendars;

    private MonitoringFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new MonitoringFixture(this::as);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * The next trading day (so a working day too), made today at 10:00 in Beijing: a form is for a day of a step
     * that asks for it, and the steps are entered today.
     */
    private String nextTradingDay() {
        LocalDate day = calendars.calendar().addTradingDays(LocalDate.parse(MonitoringFixture.today()), 1);
        clock.set(day.atTime(2, 0).toInstant(ZoneOffset.UTC));
        return day.toString();
    }

    @Test
    void tenRecordingAnalysesOfOthersCallsAreNeededPerMonitoringWorkingDay() {
        String day = nextTradingDay();
        String[] pair = fixture.monitoringTrainee();
        for (int i = 0; i < 9; i++) {
            fixture.submitted(pair[0], day, "OTHERS_RECORDING");
        }
        // an analysis of an own call (the trading-hours step, entered the same day) does not count here
        fixture.moveTo(pair[0], "golive-trading");
        fixture.submitted(pair[0], day, "OWN_TYPICAL_CALL");
        as(pair[0]).get().uri("/api/v1/trainees/{id}/quotas?day={day}&step=monitoring", pair[0], day).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.workingDay").isEqualTo(true)
                .jsonPath("$.quotas[0].kind").isEqualTo("RECORDING_ANALYSES")
                .jsonPath("$.quotas[0].required").isEqualTo(10)
                .jsonPath("$.quotas[0].filed").isEqualTo(9)
                .jsonPath("$.quotas[0].met").isEqualTo(false);
        fixture.submitted(pair[0], day, "OTHERS_RECORDING");
        as(pair[1]).get().uri("/api/v1/trainees/{id}/quotas?day={day}&step=monitoring", pair[0], day).exchange()
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
        String day = nextTradingDay();
        String trainee = fixture.mentoredTrainee()[0];
        fixture.moveTo(trainee, "golive-trading");
        for (int i = 0; i < 5; i++) {
            fixture.submitted(trainee, day, "OWN_TYPICAL_CALL");
        }
        as(trainee).get().uri("/api/v1/trainees/{id}/quotas?day={day}&step=golive-trading", trainee, day).exchange()
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
