package com.csracademy.concurrency;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
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
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two QA specialists scoring the same sampled call of a go-live week at the same instant: the week document is
 * optimistically locked, so exactly one score is kept and the other specialist gets 409 {@code call-scored};
 * never two scores for one call, never a lost one. docs/security.md, "Concurrency".
 */
class QaScoreRaceApiTest extends ApiTest {

    private static final int ROUNDS = 50;
    private static final Instant MONDAY = Instant.parse("2026-11-23T06:00:00Z");
    private static final List<String> WEEK_DAYS = List.of("2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26",
            "2026-11-27");

    @Autowired
    Progression progression;

    private String traineeInGoLiveWeek() {
        String id = enrolTrainee("qr", "A", "2026-11-02");
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

    private static Map<String, Object> marks() {
        Map<String, Object> good = Map.of("rating", "GOOD");
        return Map.of("knowledge", Map.of("fundamental", Collections.nCopies(5, good),
                        "technical", Collections.nCopies(5, good), "advice", List.of(good)),
                "terminology", Map.of("lookedUp", false, "wrongAnswers", 0), "service", List.of());
    }

    private int score(String qa, String week, String callRef, String date) {
        return as(qa).post().uri("/api/v1/qa/weeks/{id}/calls", week).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("callRef", callRef, "callDate", date, "marks", marks()))
                .exchange().returnResult(Void.class).getStatus().value();
    }

    @Test
    void twoQaSpecialistsScoringOneCallKeepExactlyOneScore() throws Exception {
        String trainee = traineeInGoLiveWeek();
        String week = as("qa1").post().uri("/api/v1/qa/weeks").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", trainee, "startDate", "2026-11-23"))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
        try (Race race = new Race()) {
            for (int round = 0; round < ROUNDS; round++) {
                String callRef = "race-" + round + "-" + UUID.randomUUID().toString().substring(0, 8);
                String date = WEEK_DAYS.get(round % WEEK_DAYS.size());
                List<Integer> statuses = race.run(() -> score("qa1", week, callRef, date),
                        () -> score("qa2", week, callRef, date));
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);

                JsonNode calls = as("qa1").get().uri("/api/v1/qa/weeks/{id}", week).exchange().expectStatus().isOk()
                        .expectBody(JsonNode.class).returnResult().getResponseBody().get("calls");
                List<JsonNode> scored = new java.util.ArrayList<>();
                calls.forEach(c -> {
                    if (c.get("callRef").asString().equals(callRef)) {
                        scored.add(c);
                    }
                });
                assertThat(scored).as("round %d", round).hasSize(1);
                String winner = statuses.get(0) == 200 ? "qa1" : "qa2";
                assertThat(scored.get(0).get("scoredBy").asString()).as("round %d", round).isEqualTo(winner);
            }
        }
    }
}
