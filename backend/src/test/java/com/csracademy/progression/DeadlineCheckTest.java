package com.csracademy.progression;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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

class DeadlineCheckTest extends ApiTest {

    @Autowired
    Progression progression;
    @Autowired
    DeadlineCheck check;

    @Test
    void anOverdueMakeUpIsEscalatedOnceAndTheCheckRunsUnderTheLock() {
        String id = "td-" + UUID.randomUUID().toString().substring(0, 8);
        as("admin").post().uri("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "subject", "sub-" + id, "username", id, "name", "学员" + id,
                        "roles", List.of("TRAINEE"), "departmentId", "csc"))
                .exchange().expectStatus().isCreated();
        as("ts1").post().uri("/api/v1/trainees").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("personId", id, "category", "A", "cohortId", "c2026-11", "startDate", "2026-09-01"))
                .exchange().expectStatus().isCreated();
        Map<KnowledgeArea, BigDecimal> scores = new EnumMap<>(KnowledgeArea.class);
        for (KnowledgeArea area : KnowledgeArea.values()) {
            scores.put(area, new BigDecimal("80"));
        }
        progression.knowledgeAssessed(new KnowledgeResult("k-" + id, id, scores, new BigDecimal("80"), 1,
                Instant.parse("2026-09-30T06:00:00Z"))).block();

        // due 10 Oct; on 12 Oct it is overdue
        assertThat(progression.escalateOverdueMakeUps(LocalDate.of(2026, 10, 10)).block()).isZero();
        assertThat(progression.escalateOverdueMakeUps(LocalDate.of(2026, 10, 12)).block()).isGreaterThanOrEqualTo(1L);
        progression.escalateOverdueMakeUps(LocalDate.of(2026, 10, 13)).block();
        JsonNode journey = as("head").get().uri("/api/v1/trainees/{id}/journey", id).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(journey.get("status").asString()).isEqualTo("ESCALATED");
        assertThat(journey.get("history").size()).isEqualTo(2);
        assertThat(journey.get("lastDecision").get("decision").asString()).isEqualTo("OVERDUE");
        assertThat(journey.get("lastDecision").get("explanation").asString()).contains("2026-10-10");

        assertThat(check.run().block()).isTrue();
    }
}
