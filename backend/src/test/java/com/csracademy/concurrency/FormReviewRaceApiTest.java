package com.csracademy.concurrency;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.csracademy.support.ApiTest;
import com.csracademy.support.FormValues;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two reviews of one submitted form at the same instant (the mentor accepting in one tab and returning it in
 * another): the form document is optimistically locked, so exactly one review is recorded, the form's status is
 * the winner's decision, and the other request gets 409. docs/security.md, "Concurrency".
 */
class FormReviewRaceApiTest extends ApiTest {

    private static final int ROUNDS = 50;

    private int review(String mentor, String formId, String decision) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("comments", "ACCEPT".equals(decision) ? null : "请补充复述确认的要点");
        return as(mentor).post().uri("/api/v1/forms/{id}/review", formId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().returnResult(Void.class).getStatus().value();
    }

    @Test
    void twoReviewsOfOneFormRecordExactlyOne() throws Exception {
        String trainee = enrolTrainee("fr", "A", "2026-11-02");
        String mentor = registerPerson("frm", "MENTOR");
        as("ts1").post().uri("/api/v1/mentorships").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", trainee, "mentorId", mentor, "reason", "pairing"))
                .exchange().expectStatus().isCreated();
        // a form is for a day of a step that asks for it: the trainee starts monitoring today
        as("head").post().uri("/api/v1/trainees/{id}/journey/override", trainee).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("action", "MOVE_TO_STEP", "stepId", "monitoring", "reason", "test: start at monitoring"))
                .exchange().expectStatus().isOk();
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        try (Race race = new Race()) {
            for (int round = 0; round < ROUNDS; round++) {
                String formId = as(trainee).post().uri("/api/v1/trainees/{id}/forms", trainee)
                        .contentType(MediaType.APPLICATION_JSON)
                        .bodyValue(Map.of("definitionId", "post-call-analysis", "day", today,
                                "values", FormValues.postCall("OTHERS_RECORDING"), "draft", false))
                        .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult()
                        .getResponseBody().get("id").asString();

                List<Integer> statuses = race.run(() -> review(mentor, formId, "ACCEPT"),
                        () -> review(mentor, formId, "RETURN"));

                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);
                JsonNode form = as(mentor).get().uri("/api/v1/forms/{id}", formId).exchange().expectStatus().isOk()
                        .expectBody(JsonNode.class).returnResult().getResponseBody();
                assertThat(form.get("reviews").size()).as("round %d", round).isEqualTo(1);
                String winner = statuses.get(0) == 200 ? "ACCEPTED" : "RETURNED";
                assertThat(form.get("status").asString()).as("round %d", round).isEqualTo(winner);
            }
        }
    }
}
