package com.csracademy.quiz;

import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class ItemAnalysisApiTest extends ApiTest {

    @Test
    void trainingSpecialistsSeeItemStatisticsOverGradedAttemptsAsJsonAndCsv() {
        // one graded practice attempt by a demo trainee, so the analysis has data
        String id = as("t09").post().uri("/api/v1/exams/practice-quick/attempts").exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        as("t09").post().uri("/api/v1/attempts/{id}/submit", id).exchange().expectStatus().isOk();

        JsonNode stats = as("ts1").get().uri("/api/v1/exams/practice-quick/item-analysis").exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(stats.get("attemptCount").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(stats.get("questions").size()).isGreaterThanOrEqualTo(10);
        String csv = as("ts1").get().uri("/api/v1/exams/practice-quick/item-analysis.csv").exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("Content-Disposition", "attachment; filename=\"practice-quick-items.csv\"")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(csv).startsWith("questionId,n,facility,discrimination,flags,optionCounts");
        assertThat(csv.lines().count()).isEqualTo(stats.get("questions").size() + 1L);
    }

    @Test
    void traineesAndMentorsCannotSeeItemStatistics() {
        as("t01").get().uri("/api/v1/exams/practice-quick/item-analysis").exchange().expectStatus().isForbidden();
        as("m01").get().uri("/api/v1/exams/practice-quick/item-analysis.csv").exchange().expectStatus().isForbidden();
    }

    @Test
    void anUnknownExamIs404() {
        as("ts1").get().uri("/api/v1/exams/no-such-exam/item-analysis").exchange().expectStatus().isNotFound();
    }
}
