package com.csracademy.progression;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The evidence of every stage moving a journey, in the order the program sets for each category. */
class JourneyThroughAllStagesTest extends ApiTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T06:00:00Z");

    @Autowired
    Progression progression;

    private String newTrainee(String category) {
        return enrolTrainee("ts", category, "2026-11-02");
    }

    private void passKnowledge(String trainee) {
        Map<KnowledgeArea, BigDecimal> scores = new EnumMap<>(KnowledgeArea.class);
        for (KnowledgeArea area : KnowledgeArea.values()) {
            scores.put(area, new BigDecimal("95"));
        }
        progression.knowledgeAssessed(new KnowledgeResult("k-" + trainee, trainee, scores, new BigDecimal("95"), 1,
                MONDAY)).block();
    }

    private void complete(String trainee, String step) {
        progression.stepCompleted(new StepCompleted("step-" + step + "-" + trainee + "-" + UUID.randomUUID(), trainee,
                step, Map.of("monitoredShare", "0.62"), MONDAY)).block();
    }

    private JsonNode journey(String trainee) {
        return as("head").get().uri("/api/v1/trainees/{id}/journey", trainee).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    @Test
    void aCategoryATraineeGoesThroughDrillsIsExtendedOnceAndIsCertified() {
        String trainee = newTrainee("A");
        passKnowledge(trainee);
        progression.shadowingEvaluated(new ShadowingResult("s-" + trainee, trainee, new BigDecimal("88"),
                new BigDecimal("93"), MONDAY)).block();
        assertThat(journey(trainee).get("step").asString()).isEqualTo("monitoring");
        for (String step : List.of("monitoring", "drills", "golive-non-trading", "golive-trading", "golive-full-day")) {
            assertThat(journey(trainee).get("step").asString()).isEqualTo(step);
            complete(trainee, step);
        }
        assertThat(journey(trainee).get("stage").asString()).isEqualTo("GO_LIVE_ASSESSMENT");

        progression.goLiveWeekScored(new GoLiveWeekResult("g1-" + trainee, trainee, new BigDecimal("84.99"), 20,
                MONDAY)).block();
        JsonNode extended = journey(trainee);
        assertThat(extended.get("status").asString()).isEqualTo("EXTENDED");
        assertThat(extended.get("stage").asString()).isEqualTo("MONITORING");
        assertThat(extended.get("dueBy").asString()).isEqualTo("2026-11-30");
        complete(trainee, "golive-full-day");
        progression.goLiveWeekScored(new GoLiveWeekResult("g2-" + trainee, trainee, new BigDecimal("85"), 20,
                MONDAY)).block();
        JsonNode certified = journey(trainee);
        assertThat(certified.get("status").asString()).isEqualTo("CERTIFIED");
        assertThat(certified.get("lastDecision").get("explanation").asString()).contains("85.0 ≥ 85");
        assertThat(certified.get("history").size()).isEqualTo(10);
    }

    @Test
    void aCategoryBTraineeSkipsTheDrills() {
        String trainee = newTrainee("B");
        passKnowledge(trainee);
        progression.shadowingEvaluated(new ShadowingResult("s-" + trainee, trainee, new BigDecimal("80"),
                new BigDecimal("90"), MONDAY)).block();
        complete(trainee, "monitoring");
        assertThat(journey(trainee).get("step").asString()).isEqualTo("golive-non-trading");
    }

    @Test
    void evidenceForAnotherStepIsRejectedNotApplied() {
        String trainee = newTrainee("A");
        passKnowledge(trainee);
        complete(trainee, "monitoring");
        JsonNode j = journey(trainee);
        assertThat(j.get("stage").asString()).isEqualTo("SHADOWING");
        assertThat(j.get("rejectedEvents").get(0).get("reason").asString()).contains("not the trainee's current step");
    }

    @Test
    void twoGoLiveFailuresEscalateAndAnotherExtensionSendsTheTraineeBackToMonitoring() {
        String trainee = newTrainee("B");
        passKnowledge(trainee);
        progression.shadowingEvaluated(new ShadowingResult("s-" + trainee, trainee, new BigDecimal("85"),
                new BigDecimal("85"), MONDAY)).block();
        for (String step : List.of("monitoring", "golive-non-trading", "golive-trading", "golive-full-day")) {
            complete(trainee, step);
        }
        progression.goLiveWeekScored(new GoLiveWeekResult("g1-" + trainee, trainee, new BigDecimal("80"), 20,
                MONDAY)).block();
        complete(trainee, "golive-full-day");
        progression.goLiveWeekScored(new GoLiveWeekResult("g2-" + trainee, trainee, new BigDecimal("82"), 20,
                MONDAY)).block();
        assertThat(journey(trainee).get("status").asString()).isEqualTo("ESCALATED");
        as("head").post().uri("/api/v1/trainees/{id}/journey/escalation", trainee).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("choice", "ANOTHER_EXTENSION", "reason", "通话质量有明显进步，再延长一周"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("EXTENDED").jsonPath("$.stage").isEqualTo("MONITORING");
        complete(trainee, "golive-full-day");
        progression.goLiveWeekScored(new GoLiveWeekResult("g3-" + trainee, trainee, new BigDecimal("86"), 20,
                MONDAY)).block();
        assertThat(journey(trainee).get("status").asString()).isEqualTo("CERTIFIED");
    }
}
