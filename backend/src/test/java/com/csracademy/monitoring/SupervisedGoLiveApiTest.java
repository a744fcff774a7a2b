package com.csracademy.monitoring;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

class SupervisedGoLiveApiTest extends ApiTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private MonitoringFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new MonitoringFixture(this::as);
    }

    private void moveTo(String trainee, String stepId) {
        as("head").post().uri("/api/v1/trainees/{id}/journey/override", trainee).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("action", "MOVE_TO_STEP", "stepId", stepId, "reason", "test: start at " + stepId))
                .exchange().expectStatus().isOk();
    }

    private void logCall(String who, String trainee, String callId) {
        LocalDate today = LocalDate.now(SHANGHAI);
        as(who).post().uri("/api/v1/trainees/{id}/calls", trainee).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("callId", callId, "start", today + "T10:00:00+08:00", "end", today + "T10:04:00+08:00",
                        "businessType", "FUNDS"))
                .exchange().expectStatus().isCreated();
    }

    private WebTestClient.ResponseSpec monitor(String mentor, String trainee, String callId) {
        return as(mentor).post().uri("/api/v1/trainees/{id}/calls/{call}/monitored", trainee, callId).exchange();
    }

    private WebTestClient.ResponseSpec complete(String who, String trainee, String stepId) {
        return as(who).post().uri("/api/v1/trainees/{id}/steps/{step}/complete", trainee, stepId).exchange();
    }

    private String stepOf(String trainee) {
        return (String) as("head").get().uri("/api/v1/trainees/{id}/journey", trainee).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("step");
    }

    @Test
    void exactlyHalfMonitoredIsNotEnough() {
        String[] pair = fixture.mentoredTrainee();
        moveTo(pair[0], "golive-non-trading");
        for (int i = 1; i <= 4; i++) {
            logCall(pair[0], pair[0], "H" + i);
        }
        monitor(pair[1], pair[0], "H1").expectStatus().isOk();
        monitor(pair[1], pair[0], "H2").expectStatus().isOk();
        complete(pair[1], pair[0], "golive-non-trading").expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("monitoredShare");
        assertStep(pair[0], "golive-non-trading");

        monitor(pair[1], pair[0], "H3").expectStatus().isOk();
        complete(pair[1], pair[0], "golive-non-trading").expectStatus().isOk().expectBody()
                .jsonPath("$.evidence.monitoredShareRule").isEqualTo("satisfied")
                .jsonPath("$.evidence.monitoredPercent").isEqualTo("75.0");
        assertStep(pair[0], "golive-trading");
    }

    private void assertStep(String trainee, String expected) {
        org.assertj.core.api.Assertions.assertThat(stepOf(trainee)).isEqualTo(expected);
    }

    @Test
    void theDepartmentHeadMayWaiveTheShareRuleWithAReason() {
        String[] pair = fixture.mentoredTrainee();
        moveTo(pair[0], "golive-full-day");
        logCall(pair[1], pair[0], "W1");
        logCall(pair[1], pair[0], "W2");
        monitor(pair[1], pair[0], "W1").expectStatus().isOk();
        as(pair[1]).post().uri("/api/v1/trainees/{id}/steps/golive-full-day/share-waiver", pair[0])
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "导师病假两天")).exchange()
                .expectStatus().isForbidden();
        as("head").post().uri("/api/v1/trainees/{id}/steps/golive-full-day/share-waiver", pair[0])
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", " ")).exchange()
                .expectStatus().isBadRequest();
        as("head").post().uri("/api/v1/trainees/{id}/steps/golive-full-day/share-waiver", pair[0])
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "导师病假两天")).exchange()
                .expectStatus().isCreated();
        complete(pair[1], pair[0], "golive-full-day").expectStatus().isOk().expectBody()
                .jsonPath("$.evidence.monitoredShareRule").isEqualTo("waived")
                .jsonPath("$.evidence.waiverReason").isEqualTo("导师病假两天");
        assertStep(pair[0], "golive-assessment");
    }

    @Test
    void theMonitoringStepNeedsTheDaysRecordingAnalysesAcceptedByTheMentor() {
        LocalDate today = LocalDate.now(SHANGHAI);
        Assumptions.assumeTrue(today.getDayOfWeek() != DayOfWeek.SATURDAY && today.getDayOfWeek() != DayOfWeek.SUNDAY);
        String[] pair = fixture.mentoredTrainee();
        moveTo(pair[0], "monitoring");
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(fixture.submitted(pair[0], today.toString(), "OTHERS_RECORDING"));
        }
        complete(pair[1], pair[0], "monitoring").expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("quotas." + today);
        ids.forEach(id -> fixture.review(pair[1], id, "ACCEPT", null).expectStatus().isOk());
        complete(pair[1], pair[0], "monitoring").expectStatus().isOk();
        assertStep(pair[0], "drills");
    }

    @Test
    void onlyTheCurrentMentorCompletesAStep() {
        String[] pair = fixture.mentoredTrainee();
        moveTo(pair[0], "golive-non-trading");
        complete("m01", pair[0], "golive-non-trading").expectStatus().isForbidden();
        complete(pair[0], pair[0], "golive-non-trading").expectStatus().isForbidden();
        complete("head", pair[0], "golive-non-trading").expectStatus().isForbidden();
    }

    @Test
    void aStepThatIsNotTheCurrentOneIs409() {
        String[] pair = fixture.mentoredTrainee();
        moveTo(pair[0], "golive-non-trading");
        complete(pair[1], pair[0], "golive-full-day").expectStatus().isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void onlyTheCurrentMentorMarksCallsMonitored() {
        String[] pair = fixture.mentoredTrainee();
        logCall(pair[0], pair[0], "M1");
        monitor("m01", pair[0], "M1").expectStatus().isForbidden();
        monitor(pair[0], pair[0], "M1").expectStatus().isForbidden();
        monitor(pair[1], pair[0], "M1").expectStatus().isOk().expectBody().jsonPath("$.monitoredBy").isEqualTo(pair[1]);
        monitor(pair[1], pair[0], "M1").expectStatus().isOk();
        monitor(pair[1], pair[0], "NOPE").expectStatus().isNotFound();
    }

    @Test
    void anotherTraineeNeitherLogsNorReadsTheCalls() {
        String trainee = fixture.mentoredTrainee()[0];
        as("t02").post().uri("/api/v1/trainees/{id}/calls", trainee).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("callId", "X1", "start", "2026-11-03T10:00:00+08:00", "end", "2026-11-03T10:01:00+08:00",
                        "businessType", "FUNDS")).exchange().expectStatus().isForbidden();
        as("t02").get().uri("/api/v1/trainees/{id}/calls", trainee).exchange().expectStatus().isForbidden();
        as("t02").get().uri("/api/v1/trainees/{id}/monitored-share?from=2026-11-01&to=2026-11-30", trainee).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void aCsvImportKeepsGoodRowsAndReportsBadRowsByLine() {
        String[] pair = fixture.mentoredTrainee();
        String csv = """
                callId,start,end,businessType
                K1,2026-11-03T09:31:00+08:00,2026-11-03T09:35:00+08:00,FUNDS
                K2,not-a-time,2026-11-03T09:40:00+08:00,FUNDS
                K3,2026-11-04T13:01:00,2026-11-04T13:09:00,BONDS
                """;
        as(pair[1]).post().uri("/api/v1/trainees/{id}/calls/import", pair[0]).contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(csv).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.imported").isEqualTo(2)
                .jsonPath("$.errors[0].line").isEqualTo(3);
        as(pair[0]).post().uri("/api/v1/trainees/{id}/calls/import", pair[0]).contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(csv).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.imported").isEqualTo(0)
                .jsonPath("$.errors.length()").isEqualTo(3);
        monitor(pair[1], pair[0], "K1").expectStatus().isOk();
        as(pair[0]).get().uri("/api/v1/trainees/{id}/monitored-share?from=2026-11-03&to=2026-11-04", pair[0]).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.days[0].day").isEqualTo("2026-11-03")
                .jsonPath("$.days[0].percent").isEqualTo(100.0)
                .jsonPath("$.days[1].percent").isEqualTo(0.0)
                .jsonPath("$.percent").isEqualTo(50.0);
    }

    @Test
    void aCsvImportOverOneMegabyteIs413() {
        String trainee = fixture.mentoredTrainee()[0];
        StringBuilder csv = new StringBuilder("callId,start,end,businessType\n");
        while (csv.length() <= 1024 * 1024) {
            csv.append("C").append(csv.length()).append(",2026-11-03T09:31:00,2026-11-03T09:35:00,FUNDS\n");
        }
        // declared length: refused before reading; streamed (chunked, no length): refused once 1 MB was read
        as(trainee).post().uri("/api/v1/trainees/{id}/calls/import", trainee).contentType(MediaType.parseMediaType("text/csv"))
                .bodyValue(csv.toString()).exchange().expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectBody().jsonPath("$.detail").isEqualTo("A call-log import is at most 1048576 bytes");
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        Flux<DataBuffer> chunks = Flux.range(0, bytes.length / 8192 + 1)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(java.util.Arrays.copyOfRange(bytes,
                        i * 8192, Math.min(bytes.length, (i + 1) * 8192))));
        as(trainee).post().uri("/api/v1/trainees/{id}/calls/import", trainee).contentType(MediaType.parseMediaType("text/csv"))
                .body(chunks, DataBuffer.class).exchange().expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectBody().jsonPath("$.detail").isEqualTo("A call-log import is at most 1048576 bytes");
        as(trainee).get().uri("/api/v1/trainees/{id}/calls", trainee).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
    }
}
