package com.csracademy.monitoring;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class ConductApiTest extends ApiTest {

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private MonitoringFixture fixture;
    private LocalDate today;

    @BeforeEach
    void fixture() {
        fixture = new MonitoringFixture(this::as);
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private WebTestClient.ResponseSpec record(String who, String trainee, LocalDate day, String item, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("day", day.toString());
        body.put("itemCode", item);
        body.put("note", note);
        return as(who).post().uri("/api/v1/trainees/{id}/conduct", trainee).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private String recorded(String who, String trainee, String item, String note) {
        return (String) record(who, trainee, today, item, note).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody().get("id");
    }

    @Test
    void theCatalogueIsSeed004sAwardsAndDeductions() {
        as("t01").get().uri("/api/v1/conduct/catalogue").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.catalogue.items[?(@.code == 'full-attendance')].name").isEqualTo("全勤奖")
                .jsonPath("$.catalogue.items[?(@.code == 'full-attendance')].points").isEqualTo(1)
                .jsonPath("$.catalogue.items[?(@.code == 'absence-without-leave')].name").isEqualTo("无故旷工")
                .jsonPath("$.catalogue.items[?(@.code == 'absence-without-leave')].points").isEqualTo(-2)
                .jsonPath("$.catalogue.items[?(@.code == 'mobile-phone')].points").isEqualTo(-2)
                .jsonPath("$.catalogue.items[?(@.code == 'no-standard-phrases')].name").isEqualTo("不按规定运用文明用语")
                .jsonPath("$.catalogue.items[?(@.code == 'technical-expert-2')].variant").isEqualTo("其次名")
                .jsonPath("$.catalogue.items[?(@.code == 'technical-expert-2')].points").isEqualTo(6);
    }

    @Test
    void theCurrentMentorAndTheHeadFileRecordsAndTheTraineeSeesTheirOwn() {
        String[] pair = fixture.mentoredTrainee();
        recorded(pair[1], pair[0], "mobile-phone", "交易时段在座席接听私人手机");
        recorded("head", pair[0], "full-attendance", null);
        as(pair[0]).get().uri("/api/v1/trainees/{id}/conduct", pair[0]).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].itemName").isEqualTo("工作时间内接听移动电话或反复传手机短信的")
                .jsonPath("$[0].points").isEqualTo(-2)
                .jsonPath("$[0].recordedBy").isEqualTo(pair[1])
                .jsonPath("$[1].points").isEqualTo(1);
    }

    @Test
    void everyoneElseIsDeniedFilingAndReading() {
        String[] pair = fixture.mentoredTrainee();
        String other = fixture.mentoredTrainee()[0];
        record("m01", pair[0], today, "mobile-phone", "手机").expectStatus().isForbidden();
        record(other, pair[0], today, "mobile-phone", "手机").expectStatus().isForbidden();
        record(pair[0], pair[0], today, "full-attendance", null).expectStatus().isForbidden();
        record("bm1", pair[0], today, "mobile-phone", "手机").expectStatus().isForbidden();
        record("ts1", pair[0], today, "mobile-phone", "手机").expectStatus().isForbidden();
        web.post().uri("/api/v1/trainees/{id}/conduct", pair[0]).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("day", today.toString(), "itemCode", "full-attendance")).exchange()
                .expectStatus().isUnauthorized();
        for (String reader : List.of(other, "m01", "bm1", "qa1")) {
            as(reader).get().uri("/api/v1/trainees/{id}/conduct", pair[0]).exchange().expectStatus().isForbidden();
        }
        web.get().uri("/api/v1/trainees/{id}/conduct", pair[0]).exchange().expectStatus().isUnauthorized();
        String id = recorded(pair[1], pair[0], "clutter", "桌面堆放零食");
        as("m01").post().uri("/api/v1/conduct-records/{id}/withdrawal", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "记错人")).exchange().expectStatus().isForbidden();
    }

    @Test
    void badRecordsAreProblemsWithFieldErrors() {
        String[] pair = fixture.mentoredTrainee();
        record(pair[1], pair[0], today, "sleeping-on-duty", "打瞌睡").expectStatus()
                .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT).expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("itemCode");
        record(pair[1], pair[0], today, "absence-without-leave", " ").expectStatus()
                .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT).expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("note");
        record(pair[1], pair[0], today.plusDays(1), "absence-without-leave", "未请假").expectStatus()
                .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT).expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("day");
        record(pair[1], pair[0], LocalDate.parse("2026-11-01"), "absence-without-leave", "未请假").expectStatus()
                .isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT).expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("day");
        record(pair[1], pair[0], today, "Bad Code!", "x").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("itemCode");
        record(pair[1], pair[0], today, "full-attendance", null).expectStatus().isCreated();
    }

    @Test
    void theDailyAssessmentIsTheDrillScorePlusAwardsMinusDeductions() {
        String[] pair = fixture.mentoredTrainee();
        String session = fixture.drill("ts1", today.toString(), pair[0]);
        fixture.scoreDrill("ts1", session, pair[0], 80).expectStatus().isOk();
        String deduction = recorded(pair[1], pair[0], "mobile-phone", "交易时段在座席接听私人手机");
        recorded("head", pair[0], "full-attendance", null);
        LocalDate from = today.minusDays(6);

        Map<String, Object> day = dayOf(assessment(pair[0], pair[0], from), today);
        // 80 (the day's drill) + 1 (全勤奖) - 2 (接听移动电话) = 79
        assertThat(day.get("drillAverage")).isEqualTo(80.0);
        assertThat(day.get("awards")).isEqualTo(1);
        assertThat(day.get("deductions")).isEqualTo(2);
        assertThat(day.get("score")).isEqualTo(79.0);
        assertThat((List<?>) day.get("conduct")).hasSize(2);

        Map<String, Object> report = assessment(pair[1], pair[0], from);
        List<Map<String, Object>> days = days(report);
        BigDecimal sum = BigDecimal.ZERO;
        for (Map<String, Object> d : days) {
            if (!d.get("day").equals(today.toString())) {
                assertThat(d.get("score")).isEqualTo(100.0);
                assertThat(d.get("drillAverage")).isNull();
            }
            sum = sum.add(new BigDecimal(d.get("score").toString()));
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(days.size()), 1, RoundingMode.HALF_UP);
        assertThat(new BigDecimal(report.get("average").toString())).isEqualByComparingTo(mean);

        as(pair[1]).post().uri("/api/v1/conduct-records/{id}/withdrawal", deduction)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "误记：当时为客户回拨")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.withdrawal.by").isEqualTo(pair[1]);
        as("head").post().uri("/api/v1/conduct-records/{id}/withdrawal", deduction)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "again")).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);
        // 80 + 1 once the deduction is withdrawn
        assertThat(dayOf(assessment("ts1", pair[0], from), today).get("score")).isEqualTo(81.0);
        as(pair[0]).get().uri("/api/v1/trainees/{id}/conduct", pair[0]).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(2);
    }

    @Test
    void theDailyAssessmentIsSeenByTheTraineeTheirMentorTheHeadAndTrainingSpecialistsOnly() {
        String[] pair = fixture.mentoredTrainee();
        String other = fixture.mentoredTrainee()[0];
        LocalDate from = today.minusDays(2);
        for (String reader : List.of(pair[0], pair[1], "head", "ts1")) {
            assessment(reader, pair[0], from);
        }
        for (String reader : List.of(other, "m01", "bm1", "qa1")) {
            as(reader).get().uri("/api/v1/trainees/{id}/daily-assessment?from={f}&to={t}", pair[0], from, today)
                    .exchange().expectStatus().isForbidden();
        }
        web.get().uri("/api/v1/trainees/{id}/daily-assessment?from={f}&to={t}", pair[0], from, today)
                .exchange().expectStatus().isUnauthorized();
        as("head").get().uri("/api/v1/trainees/{id}/daily-assessment?from={f}&to={t}", pair[0], today, from)
                .exchange().expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT).expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("to");
    }

    @Test
    void theBranchMentorHostingTheTraineeStillDoesNotSeeTheDailyAssessment() {
        String trainee = fixture.mentoredTrainee()[0];
        as("ts1").post().uri("/api/v1/shadowing/placements").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", trainee, "branchMentorId", "bm1", "startDate", "2026-11-23"))
                .exchange().expectStatus().isCreated();
        as("bm1").get().uri("/api/v1/trainees/{id}/calls", trainee).exchange().expectStatus().isOk();
        as("bm1").get().uri("/api/v1/trainees/{id}/daily-assessment?from={f}&to={t}", trainee, today, today)
                .exchange().expectStatus().isForbidden();
        as("bm1").get().uri("/api/v1/trainees/{id}/conduct", trainee).exchange().expectStatus().isForbidden();
        as("bm1").get().uri("/api/v1/trainees/{id}/drills", trainee).exchange().expectStatus().isForbidden();
    }

    @Test
    void aCategoryBTraineesDayStartsFromFullMarks() {
        String[] pair = fixture.mentoredTrainee("B");
        recorded(pair[1], pair[0], "no-standard-phrases", "未使用开场白");
        Map<String, Object> day = dayOf(assessment(pair[0], pair[0], today), today);
        // 100 - 1 (不按规定运用文明用语) = 99
        assertThat(day.get("base")).isEqualTo(100.0);
        assertThat(day.get("score")).isEqualTo(99.0);
    }

    @Test
    void theHeadReplacesTheCatalogueAndABadFileKeepsTheOldOne() throws IOException {
        String shipped = new ClassPathResource("content/conduct.yaml").getContentAsString(StandardCharsets.UTF_8);
        int version = currentVersion();

        replace("head", version, shipped.replaceFirst("points: 1\n", "points: -1\n"))
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT).expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("items[0].points");
        replace("head", version, shipped.replaceFirst("noteRequired: false", "noteRequired: false\n    colour: red"))
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT).expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("items[0].colour");
        replace("head", version, shipped.replaceFirst("code: little-bee", "code: full-attendance"))
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT).expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("items[1].code");
        replace("head", version, "").expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT).expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("file");
        assertThat(currentVersion()).isEqualTo(version);

        replace("qa1", version, shipped).expectStatus().isForbidden();
        replace("m01", version, shipped).expectStatus().isForbidden();
        web.put().uri("/api/v1/conduct/catalogue?baseVersion={v}&reason=x", version).contentType(YAML)
                .bodyValue(shipped).exchange().expectStatus().isUnauthorized();

        replace("head", version, shipped).expectStatus().isOk().expectBody()
                .jsonPath("$.version").isEqualTo(version + 1)
                .jsonPath("$.origin").isEqualTo("REPLACED")
                .jsonPath("$.replacedBy").isEqualTo("head");
        replace("admin", version, shipped).expectStatus().isEqualTo(HttpStatus.CONFLICT);
        as("admin").get().uri("/api/v1/conduct/catalogue/versions").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].version").isEqualTo(version + 1)
                .jsonPath("$[1].version").isEqualTo(version);
    }

    private WebTestClient.ResponseSpec replace(String who, int baseVersion, String yaml) {
        return as(who).put().uri("/api/v1/conduct/catalogue?baseVersion={v}&reason={r}", baseVersion, "按新版管理办法更新")
                .contentType(YAML).bodyValue(yaml).exchange();
    }

    private int currentVersion() {
        return (Integer) as("head").get().uri("/api/v1/conduct/catalogue").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("version");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> assessment(String reader, String trainee, LocalDate from) {
        return as(reader).get().uri("/api/v1/trainees/{id}/daily-assessment?from={f}&to={t}", trainee, from, today)
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> days(Map<String, Object> report) {
        return (List<Map<String, Object>>) report.get("days");
    }

    private static Map<String, Object> dayOf(Map<String, Object> report, LocalDate day) {
        return days(report).stream().filter(d -> d.get("day").equals(day.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + day + " in " + report));
    }
}
