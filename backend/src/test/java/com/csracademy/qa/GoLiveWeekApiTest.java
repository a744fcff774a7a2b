package com.csracademy.qa;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.progression.KnowledgeResult;
import com.csracademy.progression.Progression;
import com.csracademy.progression.ShadowingResult;
import com.csracademy.progression.StepCompleted;
import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

class GoLiveWeekApiTest extends ApiTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T06:00:00Z");

    @MockitoSpyBean
    Progression progression;

    @Autowired
    GoLiveWeeks weeks;

    private String traineeInGoLiveWeek() {
        String id = "gl-" + UUID.randomUUID().toString().substring(0, 8);
        as("admin").post().uri("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "subject", "sub-" + id, "username", id, "name", "学员" + id,
                        "roles", List.of("TRAINEE"), "departmentId", "csc"))
                .exchange().expectStatus().isCreated();
        as("ts1").post().uri("/api/v1/trainees").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("personId", id, "category", "A", "cohortId", "c2026-11", "startDate", "2026-11-02"))
                .exchange().expectStatus().isCreated();
        Map<KnowledgeArea, BigDecimal> scores = new EnumMap<>(KnowledgeArea.class);
        for (KnowledgeArea area : KnowledgeArea.values()) {
            scores.put(area, new BigDecimal("95"));
        }
        progression.knowledgeAssessed(new KnowledgeResult("k-" + id, id, scores, new BigDecimal("95"), 1, MONDAY))
                .block();
        progression.shadowingEvaluated(new ShadowingResult("s-" + id, id, new BigDecimal("88"), new BigDecimal("93"),
                MONDAY)).block();
        for (String step : List.of("monitoring", "drills", "golive-non-trading", "golive-trading", "golive-full-day")) {
            progression.stepCompleted(new StepCompleted("step-" + step + "-" + id, id, step, Map.of(), MONDAY)).block();
        }
        return id;
    }

    private String open(String trainee) {
        return as("qa1").post().uri("/api/v1/qa/weeks").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", trainee, "startDate", "2026-11-23"))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
    }

    private static Map<String, Object> marks(List<Map<String, Object>> service) {
        Map<String, Object> good = Map.of("rating", "GOOD");
        return Map.of("knowledge", Map.of("fundamental", Collections.nCopies(5, good),
                        "technical", Collections.nCopies(5, good), "advice", List.of(good)),
                "terminology", Map.of("lookedUp", false, "wrongAnswers", 0), "service", service);
    }

    private WebTestClient.ResponseSpec score(String who, String week, String date, String replaces,
                                             Map<String, Object> marks) {
        Map<String, Object> body = new HashMap<>();
        body.put("callRef", "rec-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("callDate", date);
        body.put("marks", marks);
        if (replaces != null) {
            body.put("replaces", replaces);
        }
        return as(who).post().uri("/api/v1/qa/weeks/{id}/calls", week).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    private JsonNode journey(String trainee) {
        return as("head").get().uri("/api/v1/trainees/{id}/journey", trainee).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    @Test
    void onlyQaTrainingSpecialistsAndAdminsOpenAWeekOfFiveWorkingDays() {
        String trainee = traineeInGoLiveWeek();
        for (String who : List.of("bm1", "head", trainee)) {
            as(who).post().uri("/api/v1/qa/weeks").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("traineeId", trainee, "startDate", "2026-11-23"))
                    .exchange().expectStatus().isForbidden();
        }
        String id = open(trainee);
        JsonNode week = as(trainee).get().uri("/api/v1/qa/weeks/{id}", id).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(week.get("endDate").asString()).isEqualTo("2026-11-27");
        assertThat(week.get("scorecard").get("version").asInt()).isEqualTo(1);
        as("t01").get().uri("/api/v1/qa/weeks/{id}", id).exchange().expectStatus().isForbidden();
        as("bm1").get().uri("/api/v1/trainees/{t}/go-live-weeks", trainee).exchange().expectStatus().isForbidden();
    }

    @Test
    void onlyAQaSpecialistScoresCalls() {
        String week = open(traineeInGoLiveWeek());
        score("head", week, "2026-11-24", null, marks(List.of())).expectStatus().isForbidden();
        score("ts1", week, "2026-11-24", null, marks(List.of())).expectStatus().isForbidden();
        score("qa2", week, "2026-11-24", null, marks(List.of())).expectStatus().isOk();
    }

    @Test
    void aCallOutsideTheWeekIsRejected() {
        String week = open(traineeInGoLiveWeek());
        score("qa1", week, "2026-11-30", null, marks(List.of())).expectStatus().isEqualTo(422);
        score("qa1", week, "2026-11-20", null, marks(List.of())).expectStatus().isEqualTo(422);
    }

    @Test
    void aDeductionBeyondTheItemsRangeOrWithoutAReasonIsRejected() {
        String week = open(traineeInGoLiveWeek());
        score("qa1", week, "2026-11-24", null, marks(List.of(Map.of("item", "opening-greeting", "points", 2,
                "reason", "未问候")))).expectStatus().isEqualTo(422);
        score("qa1", week, "2026-11-24", null, marks(List.of(Map.of("item", "opening-greeting", "points", 1))))
                .expectStatus().isEqualTo(422);
        JsonNode ok = score("qa1", week, "2026-11-24", null, marks(List.of(Map.of("item", "opening-greeting",
                "points", 1, "reason", "未按规范问候")))).expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        JsonNode call = ok.get("calls").get(0);
        // 25 + 24 = 49 → 98
        assertThat(call.get("normalised").decimalValue()).isEqualByComparingTo("98");
        assertThat(call.get("scorecardVersion").asInt()).isEqualTo(1);
    }

    @Test
    void aZeroScoreCallIsReplacedByACallCappedAtFifteenAndTheWeekCertifiesOnce() {
        String trainee = traineeInGoLiveWeek();
        String week = open(trainee);
        score("qa1", week, "2026-11-23", null, marks(List.of())).expectStatus().isOk();
        JsonNode withZero = score("qa1", week, "2026-11-24", null, marks(List.of(Map.of("item", "argument",
                "points", 25, "reason", "与客户争执")))).expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        String zero = withZero.get("calls").get(1).get("id").asString();
        assertThat(withZero.get("calls").get(1).get("zero").asBoolean()).isTrue();
        as("qa1").post().uri("/api/v1/qa/weeks/{id}/close", week).exchange().expectStatus().isEqualTo(409);

        JsonNode replaced = score("qa1", week, "2026-11-25", zero, marks(List.of())).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        // knowledge 25 capped at 15 + service 25 = 40 → 80
        assertThat(replaced.get("calls").get(2).get("normalised").decimalValue()).isEqualByComparingTo("80");
        score("qa1", week, "2026-11-25", zero, marks(List.of())).expectStatus().isEqualTo(409);

        JsonNode closed = as("qa1").post().uri("/api/v1/qa/weeks/{id}/close", week).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        // (100 + 80) / 2 = 90
        assertThat(closed.get("weekScore").decimalValue()).isEqualByComparingTo("90");
        assertThat(closed.get("countedCalls").asInt()).isEqualTo(2);
        assertThat(closed.get("deliveredAt").isNull()).isFalse();
        JsonNode certified = journey(trainee);
        assertThat(certified.get("status").asString()).isEqualTo("CERTIFIED");
        int transitions = certified.get("history").size();

        as("qa1").post().uri("/api/v1/qa/weeks/{id}/close", week).exchange().expectStatus().isOk();
        score("qa1", week, "2026-11-26", null, marks(List.of())).expectStatus().isEqualTo(409);
        assertThat(journey(trainee).get("history").size()).isEqualTo(transitions);
    }

    @Test
    void aReplacementThatAlsoScoresZeroCountsAsZero() {
        String week = open(traineeInGoLiveWeek());
        List<Map<String, Object>> argument = List.of(Map.of("item", "argument", "points", 25, "reason", "争执"));
        score("qa1", week, "2026-11-23", null, marks(List.of())).expectStatus().isOk();
        String zero = score("qa1", week, "2026-11-24", null, marks(argument)).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("calls").get(1).get("id").asString();
        score("qa1", week, "2026-11-25", zero, marks(argument)).expectStatus().isOk();
        JsonNode closed = as("qa1").post().uri("/api/v1/qa/weeks/{id}/close", week).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        // (100 + 0) / 2 = 50
        assertThat(closed.get("weekScore").decimalValue()).isEqualByComparingTo("50");
    }

    private JsonNode appeal(String who, String week, String callId, int status, Map<String, Object> marks) {
        return as(who).post().uri("/api/v1/qa/weeks/{id}/calls/{c}/appeal", week, callId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "学员申请复查", "marks", marks))
                .exchange().expectStatus().isEqualTo(status).expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }

    @Test
    void anAppealIsReScoredByAnotherQaSpecialistBothAreKeptTheLaterCountsAndASecondAppealConflicts() {
        String trainee = traineeInGoLiveWeek();
        String week = open(trainee);
        JsonNode scored = score("qa1", week, "2026-11-23", null, marks(List.of(Map.of("item", "patience",
                "points", 2, "reason", "不耐烦")))).expectStatus().isOk().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
        String call = scored.get("calls").get(0).get("id").asString();
        appeal("qa1", week, call, 403, marks(List.of()));
        appeal("head", week, call, 403, marks(List.of()));
        JsonNode appealed = appeal("qa2", week, call, 200, marks(List.of()));
        JsonNode c = appealed.get("calls").get(0);
        // original 25 + 23 = 48 → 96; on appeal 50 → 100
        assertThat(c.get("normalised").decimalValue()).isEqualByComparingTo("96");
        assertThat(c.get("appeal").get("normalised").decimalValue()).isEqualByComparingTo("100");
        assertThat(c.get("appeal").get("scoredBy").asString()).isEqualTo("qa2");
        appeal("qa2", week, call, 409, marks(List.of()));
        JsonNode closed = as("qa1").post().uri("/api/v1/qa/weeks/{id}/close", week).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(closed.get("weekScore").decimalValue()).isEqualByComparingTo("100");
    }

    @Test
    void aFailedDeliveryOfTheWeekScoreIsKeptAndRetriedByTheRedelivery() {
        String trainee = traineeInGoLiveWeek();
        String week = open(trainee);
        score("qa1", week, "2026-11-23", null, marks(List.of())).expectStatus().isOk();
        java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();
        doAnswer(inv -> {
            com.csracademy.progression.GoLiveWeekResult r = inv.getArgument(0);
            if (r.traineeId().equals(trainee) && failures.getAndIncrement() == 0) {
                return Mono.error(new IllegalStateException("store down"));
            }
            return inv.callRealMethod();
        }).when(progression).goLiveWeekScored(any());
        try {
            JsonNode failed = as("qa1").post().uri("/api/v1/qa/weeks/{id}/close", week).exchange().expectStatus()
                    .isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(failed.get("deliveredAt").isNull()).isTrue();
            assertThat(failed.get("lastDeliveryError").asString()).contains("store down");
            assertThat(weeks.redeliverPending().block()).isGreaterThanOrEqualTo(1);
            assertThat(journey(trainee).get("status").asString()).isEqualTo("CERTIFIED");
        } finally {
            reset(progression);
        }
    }
}
