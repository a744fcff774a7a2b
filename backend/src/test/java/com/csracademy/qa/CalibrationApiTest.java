package com.csracademy.qa;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class CalibrationApiTest extends ApiTest {

    private static Map<String, Object> marks(String fundamental1, List<Map<String, Object>> service) {
        Map<String, Object> good = Map.of("rating", "GOOD");
        Map<String, Object> first = fundamental1.equals("GOOD") ? good : Map.of("rating", fundamental1, "reason", "分析不完整");
        List<Map<String, Object>> fundamental = new java.util.ArrayList<>();
        fundamental.add(first);
        fundamental.addAll(Collections.nCopies(4, good));
        return Map.of("knowledge", Map.of("fundamental", fundamental, "technical", Collections.nCopies(5, good),
                        "advice", List.of(good)),
                "terminology", Map.of("lookedUp", false, "wrongAnswers", 0), "service", service);
    }

    private static String ref() {
        return "rec-cal-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode open(String who, Map<String, Object> body, int status) {
        return as(who).post().uri("/api/v1/qa/calibrations").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isEqualTo(status).expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }

    private String openStandalone(String who) {
        return open(who, Map.of("callRef", ref(), "callDate", "2026-11-24", "note", "月度校准"), 201)
                .get("id").asString();
    }

    private JsonNode score(String who, String session, Map<String, Object> marks, int status) {
        return as(who).post().uri("/api/v1/qa/calibrations/{id}/scores", session)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("marks", marks))
                .exchange().expectStatus().isEqualTo(status).expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }

    private JsonNode get(String who, String session) {
        return as(who).get().uri("/api/v1/qa/calibrations/{id}", session).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode close(String who, String session, int status) {
        return as(who).post().uri("/api/v1/qa/calibrations/{id}/close", session).exchange().expectStatus()
                .isEqualTo(status).expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    @Test
    void qaSpecialistsAndTheDepartmentHeadOpenSessionsOnTheCurrentCardOthersMayNot() {
        for (String who : List.of("t01", "m01", "bm1", "ts1", "admin")) {
            as(who).post().uri("/api/v1/qa/calibrations").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("callRef", ref())).exchange().expectStatus().isForbidden();
        }
        JsonNode byHead = open("head", Map.of("callRef", ref()), 201);
        assertThat(byHead.get("scorecard").get("id").asString()).isEqualTo("default");
        assertThat(byHead.get("createdBy").asString()).isEqualTo("head");
        assertThat(open("qa1", Map.of("callRef", ref()), 201).get("blind").asBoolean()).isTrue();
        open("qa1", Map.of("callRef", "bad ref!"), 400);
    }

    @Test
    void eachSpecialistScoresBlindUntilTheyHaveScoredOrTheSessionIsClosed() {
        String session = openStandalone("head");
        // 25 + 25 = 50 → 100
        JsonNode afterQa1 = score("qa1", session, marks("GOOD", List.of()), 200);
        assertThat(afterQa1.get("blind").asBoolean()).isFalse();
        assertThat(afterQa1.get("scores").size()).isEqualTo(1);

        JsonNode seenByQa2 = get("qa2", session);
        assertThat(seenByQa2.get("blind").asBoolean()).isTrue();
        assertThat(seenByQa2.get("scores").size()).isZero();
        assertThat(seenByQa2.get("scoredBy").get(0).asString()).isEqualTo("qa1");
        assertThat(get("head", session).get("scores").size()).isZero();
        JsonNode listed = null;
        for (JsonNode s : as("qa2").get().uri("/api/v1/qa/calibrations").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody()) {
            if (s.get("id").asString().equals(session)) {
                listed = s;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("scores").size()).isZero();

        // a deduction without a reason: 422, nothing recorded, qa2 stays blind
        score("qa2", session, marks("GOOD", List.of(Map.of("item", "patience", "points", 1))), 422);
        assertThat(get("qa2", session).get("blind").asBoolean()).isTrue();
        // knowledge 24 (one criterion MEDIUM) + service 24 (patience −1) = 48 → 96
        JsonNode afterQa2 = score("qa2", session, marks("MEDIUM", List.of(Map.of("item", "patience", "points", 1,
                "reason", "语气急躁"))), 200);
        assertThat(afterQa2.get("scores").size()).isEqualTo(2);
        assertThat(afterQa2.get("scores").get(1).get("normalised").decimalValue()).isEqualByComparingTo("96");
        score("qa2", session, marks("GOOD", List.of()), 409);

        assertThat(get("head", session).get("blind").asBoolean()).isTrue();
        JsonNode closed = close("head", session, 200);
        assertThat(closed.get("blind").asBoolean()).isFalse();
        assertThat(closed.get("scores").size()).isEqualTo(2);
        score("qa1", session, marks("GOOD", List.of()), 409);
    }

    @Test
    void aSessionClosesWithTwoScoresOnlyAndOnlyForItsDepartment() {
        String session = openStandalone("qa1");
        close("qa1", session, 409);
        score("head", session, marks("GOOD", List.of()), 403);
        score("qa1", session, marks("GOOD", List.of()), 200);
        close("qa1", session, 409);
        String outsider = "qa-ops-" + UUID.randomUUID().toString().substring(0, 8);
        as("admin").post().uri("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", outsider, "subject", "sub-" + outsider, "username", outsider,
                        "name", "外部门质检专员", "roles", List.of("QA_SPECIALIST"), "departmentId", "ops"))
                .exchange().expectStatus().isCreated();
        score(outsider, session, marks("GOOD", List.of()), 403);
        as(outsider).get().uri("/api/v1/qa/calibrations/{id}", session).exchange().expectStatus().isForbidden();
        score("qa2", session, marks("GOOD", List.of()), 200);
        close("qa2", session, 200);
        close("qa2", session, 200);
    }

    @Test
    void aCallOfAGoLiveWeekIsCalibratedWithoutTouchingTheWeek() {
        String trainee = enrolTrainee("cal", "A", "2026-11-02");
        String week = as("qa1").post().uri("/api/v1/qa/weeks").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", trainee, "startDate", "2026-11-23")).exchange().expectStatus()
                .isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        String callRef = ref();
        Map<String, Object> call = new HashMap<>();
        call.put("callRef", callRef);
        call.put("callDate", "2026-11-24");
        call.put("marks", marks("GOOD", List.of()));
        as("qa1").post().uri("/api/v1/qa/weeks/{id}/calls", week).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(call).exchange().expectStatus().isOk();

        open("qa1", Map.of("callRef", "not-in-week", "weekId", week), 422);
        JsonNode session = open("qa1", Map.of("callRef", callRef, "weekId", week), 201);
        assertThat(session.get("traineeId").asString()).isEqualTo(trainee);
        assertThat(session.get("callDate").asString()).isEqualTo("2026-11-24");
        String id = session.get("id").asString();
        score("qa1", id, marks("POOR", List.of()), 200);
        score("qa2", id, marks("GOOD", List.of()), 200);
        close("qa2", id, 200);

        JsonNode after = as("qa1").get().uri("/api/v1/qa/weeks/{id}", week).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(after.get("calls").size()).isEqualTo(1);
        assertThat(after.get("calls").get(0).get("normalised").decimalValue()).isEqualByComparingTo("100");
        assertThat(after.get("calls").get(0).get("appeal").isNull()).isTrue();
    }

    @Test
    void theReportShowsEachSessionsVarianceAndEachSpecialistsDeviation() {
        String qa3 = registerPerson("qa", "QA_SPECIALIST");
        String session = openStandalone("head");
        // qa1 100; qa2 96 (fundamental 1 MEDIUM: 1 point, patience −1); qa3 92 (fundamental 1 POOR: 0, patience −2)
        score("qa1", session, marks("GOOD", List.of()), 200);
        score("qa2", session, marks("MEDIUM", List.of(Map.of("item", "patience", "points", 1, "reason", "急躁"))), 200);
        score(qa3, session, marks("POOR", List.of(Map.of("item", "patience", "points", 2, "reason", "不耐烦"))), 200);
        close("head", session, 200);

        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        for (String who : List.of("t01", "m01", "ts1")) {
            as(who).get().uri("/api/v1/qa/calibrations/report").exchange().expectStatus().isForbidden();
        }
        as("head").get().uri("/api/v1/qa/calibrations/report?from=2026-12&to=2026-11").exchange().expectStatus()
                .isEqualTo(422);
        JsonNode report = as("head").get().uri("/api/v1/qa/calibrations/report?from={m}&to={m}", month, month)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode spread = null;
        for (JsonNode s : report.get("sessions")) {
            if (s.get("sessionId").asString().equals(session)) {
                spread = s;
            }
        }
        assertThat(spread).isNotNull();
        // mean (100 + 96 + 92) / 3 = 96; variance (16 + 0 + 16) / 3 = 10.6667
        assertThat(spread.get("meanTotal").decimalValue()).isEqualByComparingTo("96");
        assertThat(spread.get("totalVariance").decimalValue()).isEqualByComparingTo("10.6667");
        JsonNode third = null;
        for (JsonNode s : report.get("specialists")) {
            if (s.get("specialistId").asString().equals(qa3)) {
                third = s;
            }
        }
        assertThat(third).isNotNull();
        assertThat(third.get("month").asString()).isEqualTo(month);
        assertThat(third.get("sessions").asInt()).isEqualTo(1);
        assertThat(third.get("totalMeanAbsoluteDeviation").decimalValue()).isEqualByComparingTo("4");
        assertThat(third.get("totalMeanDeviation").decimalValue()).isEqualByComparingTo("-4");
        // fundamental 1: 2, 1, 0 → mean 1, qa3 off by 1; patience: 2, 1, 0 → mean 1, off by 1; warm tone all 2
        JsonNode items = third.get("itemMeanAbsoluteDeviation");
        assertThat(items.get("knowledge:fundamental:1").decimalValue()).isEqualByComparingTo("1");
        assertThat(items.get("service:patience").decimalValue()).isEqualByComparingTo("1");
        assertThat(items.get("service:warm-tone").decimalValue()).isEqualByComparingTo("0");
    }
}
