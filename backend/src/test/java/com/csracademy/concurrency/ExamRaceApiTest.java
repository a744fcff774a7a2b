package com.csracademy.concurrency;

import java.util.List;
import java.util.Map;

import com.csracademy.quiz.AnswerKey;
import com.csracademy.quiz.KnowledgeAssessed;
import com.csracademy.quiz.QuestionBank;
import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Races on one exam attempt, each run many times: the invariant is checked after every round, never a timing.
 * docs/security.md, "Concurrency".
 */
class ExamRaceApiTest extends ApiTest {

    private static final int ROUNDS = 50;
    /** Each round enrols a trainee and grades a 40-question sitting: fewer rounds keep the class under a minute. */
    private static final int SUBMIT_ROUNDS = 25;

    @Autowired
    QuestionBank bank;

    private JsonNode start(WebTestClient trainee, String exam) {
        return trainee.post().uri("/api/v1/exams/{exam}/attempts", exam).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static EntityExchangeResult<JsonNode> submit(WebTestClient trainee, String attemptId) {
        return trainee.post().uri("/api/v1/attempts/{id}/submit", attemptId).exchange()
                .expectBody(JsonNode.class).returnResult();
    }

    /** Three submits at once: all answer the same result, the attempt is graded once and recorded once. */
    @Test
    void aTripleSubmitGradesOnceAndPublishesOneResult() throws Exception {
        try (Race race = new Race()) {
            for (int round = 0; round < SUBMIT_ROUNDS; round++) {
                String traineeId = enrolTrainee("race", "A", "2026-11-02");
                WebTestClient trainee = as(traineeId);
                String attemptId = start(trainee, "knowledge-assessment").get("id").asString();

                List<EntityExchangeResult<JsonNode>> answers = race.run(() -> submit(trainee, attemptId),
                        () -> submit(trainee, attemptId), () -> submit(trainee, attemptId));

                assertThat(answers).allSatisfy(a -> assertThat(a.getStatus().value()).isEqualTo(200));
                JsonNode first = answers.get(0).getResponseBody();
                assertThat(first.get("status").asString()).isEqualTo("GRADED");
                assertThat(answers).allSatisfy(a -> assertThat(a.getResponseBody().get("result"))
                        .isEqualTo(first.get("result")));
                assertThat(events.of(KnowledgeAssessed.class)).filteredOn(e -> e.attemptId().equals(attemptId))
                        .as("round %d", round).hasSize(1);
                as("head").get().uri("/api/v1/trainees/{id}/knowledge-assessments", traineeId).exchange()
                        .expectStatus().isOk().expectBody().jsonPath("$.length()").isEqualTo(1);
            }
        }
    }

    /**
     * An autosave racing the submit: the save is either acknowledged (200) and then graded as part of the
     * attempt, or refused with 409 and absent from it; never acknowledged and lost.
     */
    @Test
    void anAutosaveRacingTheSubmitIsEitherGradedOrRefused() throws Exception {
        int kept = 0;
        int refused = 0;
        try (Race race = new Race()) {
            for (int round = 0; round < ROUNDS; round++) {
                WebTestClient trainee = as(enrolTrainee("race", "B", "2026-11-02"));
                JsonNode attempt = start(trainee, "practice-quick");
                String attemptId = attempt.get("id").asString();
                JsonNode question = attempt.get("questions").get(0);
                String questionId = question.get("questionId").asString();
                Map<String, Object> answer = AnswerKey.correctAnswer(bank, question);

                List<Integer> statuses = race.run(
                        () -> trainee.put().uri("/api/v1/attempts/{id}/answers/{q}", attemptId, questionId)
                                .contentType(MediaType.APPLICATION_JSON).bodyValue(answer).exchange()
                                .returnResult(Void.class).getStatus().value(),
                        () -> submit(trainee, attemptId).getStatus().value());

                assertThat(statuses.get(1)).isEqualTo(200);
                assertThat(statuses.get(0)).as("round %d", round).isIn(200, 409);
                JsonNode closed = trainee.get().uri("/api/v1/attempts/{id}", attemptId).exchange()
                        .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
                assertThat(closed.get("status").asString()).isIn("GRADED", "PENDING_MANUAL");
                JsonNode item = item(closed, questionId);
                if (statuses.get(0) == 200) {
                    kept++;
                    assertThat(closed.get("answers").has(questionId)).as("round %d: acknowledged answer kept", round)
                            .isTrue();
                    assertThat(item.get("status").asString()).as("round %d", round).isNotEqualTo("UNANSWERED");
                } else {
                    refused++;
                    assertThat(closed.get("answers").has(questionId)).as("round %d", round).isFalse();
                    assertThat(item.get("status").asString()).isEqualTo("UNANSWERED");
                }
            }
        }
        assertThat(kept + refused).isEqualTo(ROUNDS);
        System.out.printf("autosave racing submit: %d acknowledged and graded, %d refused with 409%n", kept, refused);
    }

    private static JsonNode item(JsonNode attempt, String questionId) {
        for (JsonNode item : attempt.get("result").get("items")) {
            if (item.get("questionId").asString().equals(questionId)) {
                return item;
            }
        }
        throw new AssertionError("no result item for " + questionId);
    }
}
