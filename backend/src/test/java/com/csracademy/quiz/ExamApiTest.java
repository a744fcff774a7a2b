package com.csracademy.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.csracademy.quiz.persistence.AttemptDocument;
import com.csracademy.quiz.persistence.AttemptLock;
import com.csracademy.quiz.persistence.QuestionExposure;
import com.csracademy.quiz.persistence.QuizMigration;
import com.csracademy.security.Actor;
import com.csracademy.security.Role;
import com.csracademy.support.ApiTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

class ExamApiTest extends ApiTest {

    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    QuestionBank bank;
    @Autowired
    Attempts attempts;

    private String newTrainee(String category) {
        return enrolTrainee("tq", category, "2026-11-02");
    }

    private JsonNode start(WebTestClient client, String exam, HttpStatus expected) {
        return client.post().uri("/api/v1/exams/{exam}/attempts", exam).exchange()
                .expectStatus().isEqualTo(expected)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** Saves the right answer to every question of the attempt in one request; returns the answers sent. */
    private Map<String, Object> saveAllCorrect(WebTestClient trainee, JsonNode attempt) {
        Map<String, Object> answers = new HashMap<>();
        attempt.get("questions").forEach(q -> answers.put(q.get("questionId").asString(), correctAnswer(q)));
        trainee.put().uri("/api/v1/attempts/{id}/answers", attempt.get("id").asString())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("answers", answers)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.saved").isEqualTo(answers.size());
        return answers;
    }

    /** The trainee as the service layer sees them, for calls that bypass the web layer. */
    private static Actor traineeActor(String traineeId) {
        return new Actor("sub-" + traineeId, traineeId, "Trainee", Set.of(Role.TRAINEE), null, null);
    }

    private Map<String, Object> correctAnswer(JsonNode question) {
        return AnswerKey.correctAnswer(bank, question);
    }

    @Test
    void anAttemptIsServedWithoutAnswersAndResumesWithEverythingSaved() {
        WebTestClient trainee = as(newTrainee("A"));
        JsonNode attempt = start(trainee, "knowledge-assessment", HttpStatus.CREATED);
        assertThat(attempt.get("questions").size()).isEqualTo(40);
        String body = attempt.toString();
        assertThat(body).doesNotContain("weight").doesNotContain("feedback").doesNotContain("correctOptions")
                .doesNotContain("trueFalseAnswer").doesNotContain("numericAnswers").doesNotContain("matchPairs");
        String id = attempt.get("id").asString();
        JsonNode first = attempt.get("questions").get(0);
        trainee.put().uri("/api/v1/attempts/{id}/answers/{q}", id, first.get("questionId").asString())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(correctAnswer(first))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.saved").isEqualTo(1);
        // the same answer again changes nothing but the time it was saved
        trainee.put().uri("/api/v1/attempts/{id}/answers/{q}", id, first.get("questionId").asString())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(correctAnswer(first))
                .exchange().expectStatus().isOk();
        JsonNode resumed = start(trainee, "knowledge-assessment", HttpStatus.OK);
        assertThat(resumed.get("id").asString()).isEqualTo(id);
        assertThat(resumed.get("answers").has(first.get("questionId").asString())).isTrue();
        assertThat(resumed.get("secondsLeft").asLong()).isBetween(3500L, 3600L);
        trainee.get().uri("/api/v1/attempts/{id}", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.answers.length()").isEqualTo(1);
    }

    @Test
    void aPersonWithTheTraineeRoleButNoTraineeRecordCannotStartUntilEnrolled() {
        String personId = registerPerson("norecord", "TRAINEE");
        WebTestClient person = as(personId);
        // twice: a refusal is not remembered as a known trainee, nor is a missing record remembered as missing
        for (int i = 0; i < 2; i++) {
            person.post().uri("/api/v1/exams/{exam}/attempts", "knowledge-assessment").exchange()
                    .expectStatus().isNotFound().expectBody().jsonPath("$.detail").value(detail ->
                            assertThat(detail.toString()).contains("Trainee").contains(personId));
        }
        as("ts1").post().uri("/api/v1/trainees").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("personId", personId, "category", "A", "cohortId", "c2026-11",
                        "startDate", "2026-11-02"))
                .exchange().expectStatus().isCreated();
        start(person, "knowledge-assessment", HttpStatus.CREATED);
    }

    @Test
    void allRightScores100InEveryAreaAndIsRecordedAsAKnowledgeSitting() {
        String traineeId = newTrainee("A");
        WebTestClient trainee = as(traineeId);
        JsonNode attempt = start(trainee, "knowledge-assessment", HttpStatus.CREATED);
        String id = attempt.get("id").asString();
        assertThat(saveAllCorrect(trainee, attempt)).hasSize(40);
        JsonNode submitted = trainee.post().uri("/api/v1/attempts/{id}/submit", id).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        int essays = submitted.get("result").get("pendingManual").asInt();
        if (essays > 0) {
            assertThat(submitted.get("status").asString()).isEqualTo("PENDING_MANUAL");
            for (JsonNode item : submitted.get("result").get("items")) {
                if ("PENDING_MANUAL".equals(item.get("status").asString())) {
                    as("ts1").put().uri("/api/v1/attempts/{id}/questions/{q}/manual-grade", id,
                                    item.get("questionId").asString())
                            .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("score", 1, "comment", "要点齐全"))
                            .exchange().expectStatus().isOk();
                }
            }
        }
        JsonNode graded = trainee.post().uri("/api/v1/attempts/{id}/submit", id).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(graded.get("status").asString()).isEqualTo("GRADED");
        assertThat(graded.get("result").get("total").decimalValue()).isEqualByComparingTo("100");
        graded.get("result").get("areaScores").properties()
                .forEach(e -> assertThat(e.getValue().decimalValue()).as(e.getKey()).isEqualByComparingTo("100"));
        assertThat(graded.get("result").get("items").get(0).get("feedback").asString()).isNotBlank();

        as("head").get().uri("/api/v1/trainees/{id}/knowledge-assessments", traineeId).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$[0].sitting").isEqualTo(1)
                .jsonPath("$[0].average").isEqualTo(100.0);
        as(traineeId).get().uri("/api/v1/trainees/{id}/journey", traineeId).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.stage").isEqualTo("SHADOWING")
                .jsonPath("$.lastDecision.explanation").value(e -> assertThat((String) e).contains("100.0 ≥ 90"));
        assertThat(events.of(KnowledgeAssessed.class)).anyMatch(e -> e.attemptId().equals(id) && e.traineeId().equals(traineeId)
                && e.average().compareTo(new BigDecimal("100")) == 0 && e.areaScores().size() == 4);
    }

    @Test
    void submittingTwiceGivesTheSameResultAndLaterAnswersAre409WithTheSavedState() {
        WebTestClient trainee = as(newTrainee("B"));
        JsonNode attempt = start(trainee, "practice-quick", HttpStatus.CREATED);
        String id = attempt.get("id").asString();
        JsonNode q = attempt.get("questions").get(0);
        trainee.put().uri("/api/v1/attempts/{id}/answers/{q}", id, q.get("questionId").asString())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(correctAnswer(q)).exchange().expectStatus().isOk();
        JsonNode first = trainee.post().uri("/api/v1/attempts/{id}/submit", id).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode second = trainee.post().uri("/api/v1/attempts/{id}/submit", id).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(second.get("result")).isEqualTo(first.get("result"));
        trainee.put().uri("/api/v1/attempts/{id}/answers/{q}", id, q.get("questionId").asString())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(correctAnswer(q)).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/attempt-closed")
                .jsonPath("$.attempt.status").value(status -> assertThat((String) status)
                        .isIn("GRADED", "PENDING_MANUAL"));
    }

    @Test
    void theSubmittedAttemptIsTheOneTheStoreHoldsAndSavedAnswersCarryNoClassName() {
        String traineeId = newTrainee("A");
        WebTestClient trainee = as(traineeId);
        JsonNode attempt = start(trainee, "practice-quick", HttpStatus.CREATED);
        String id = attempt.get("id").asString();
        Map<String, Object> answers = saveAllCorrect(trainee, attempt);

        Document raw = mongo.findById(id, Document.class, "attempts").block();
        assertThat(raw.get("answers", Document.class).values()).hasSize(answers.size())
                .allSatisfy(saved -> assertThat((Document) saved).containsOnlyKeys("answer", "savedAt"));

        Actor actor = traineeActor(traineeId);
        AttemptDocument submitted = attempts.submit(actor, id).block();
        // not read back from the store: built from the graded attempt; it must equal what the store now holds,
        // to the millisecond of finalizedAt and the scale of every score
        assertThat(submitted).isEqualTo(mongo.findById(id, AttemptDocument.class).block());
        assertThat(submitted.version()).isEqualTo(2);
        assertThat(submitted.status()).isIn(AttemptDocument.Status.GRADED, AttemptDocument.Status.PENDING_MANUAL);
        assertThat(attempts.submit(actor, id).block()).isEqualTo(submitted);
    }

    @Test
    void anAttemptStoredWithoutAVersionIsFinalizedAsTheStoreLeavesIt() {
        String traineeId = newTrainee("B");
        String id = start(as(traineeId), "practice-quick", HttpStatus.CREATED).get("id").asString();
        mongo.updateFirst(query(where("_id").is(id)), new Update().unset("version"), "attempts").block();
        Actor actor = traineeActor(traineeId);

        AttemptDocument submitted = attempts.submit(actor, id).block();

        assertThat(submitted.version()).isEqualTo(1);
        assertThat(submitted).isEqualTo(mongo.findById(id, AttemptDocument.class).block());
    }

    @Test
    void anAnswerAfterTheDeadlineIsRefusedAndTheAttemptIsFinalizedWithWhatWasSaved() {
        WebTestClient trainee = as(newTrainee("A"));
        JsonNode attempt = start(trainee, "practice-quick", HttpStatus.CREATED);
        String id = attempt.get("id").asString();
        JsonNode q = attempt.get("questions").get(0);
        trainee.put().uri("/api/v1/attempts/{id}/answers/{q}", id, q.get("questionId").asString())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(correctAnswer(q)).exchange().expectStatus().isOk();
        expire(id);
        JsonNode second = attempt.get("questions").get(1);
        trainee.put().uri("/api/v1/attempts/{id}/answers/{q}", id, second.get("questionId").asString())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(correctAnswer(second)).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("time is up"))
                .jsonPath("$.attempt.answers.length()").isEqualTo(1);
        AttemptDocument stored = mongo.findById(id, AttemptDocument.class).block();
        assertThat(stored.finalizedBy()).isEqualTo(AttemptDocument.Finalizer.DEADLINE);
        assertThat(stored.result().items()).filteredOn(i -> i.status() != AttemptDocument.ItemStatus.UNANSWERED)
                .hasSize(1);
    }

    @Test
    void theFullSweepFinalizesAnExpiredAttemptWhoseClaimIsGone() {
        String traineeId = newTrainee("B");
        String id = start(as(traineeId), "practice-quick", HttpStatus.CREATED).get("id").asString();
        expire(id);
        mongo.remove(query(where("attemptId").is(id)), AttemptLock.class).block();
        attempts.sweep().block();
        assertThat(mongo.findById(id, AttemptDocument.class).block().status())
                .as("the claims-based sweep does not see it").isEqualTo(AttemptDocument.Status.IN_PROGRESS);
        assertThat(attempts.fullSweep().block()).isGreaterThanOrEqualTo(1L);
        assertThat(mongo.findById(id, AttemptDocument.class).block().finalizedBy())
                .isEqualTo(AttemptDocument.Finalizer.DEADLINE);
    }

    @Test
    void theSweepFinalizesAttemptsLeftOpenPastTheirDeadline() {
        WebTestClient trainee = as(newTrainee("B"));
        String id = start(trainee, "practice-quick", HttpStatus.CREATED).get("id").asString();
        expire(id);
        assertThat(attempts.sweep().block()).isGreaterThanOrEqualTo(1L);
        AttemptDocument stored = mongo.findById(id, AttemptDocument.class).block();
        assertThat(stored.status()).isEqualTo(AttemptDocument.Status.GRADED);
        assertThat(stored.finalizedBy()).isEqualTo(AttemptDocument.Finalizer.DEADLINE);
        // a new attempt of the same exam can start once the expired one is closed
        assertThat(start(trainee, "practice-quick", HttpStatus.CREATED).get("id").asString()).isNotEqualTo(id);
    }

    private void expire(String attemptId) {
        mongo.updateFirst(query(where("_id").is(attemptId)), new Update().set("deadline", Instant.now().minusSeconds(1)),
                AttemptDocument.class).block();
    }

    @Test
    void aSecondAttemptDrawsQuestionsTheTraineeHasNotSeen() {
        WebTestClient trainee = as(newTrainee("A"));
        JsonNode first = start(trainee, "practice-quick", HttpStatus.CREATED);
        trainee.post().uri("/api/v1/attempts/{id}/submit", first.get("id").asString()).exchange().expectStatus().isOk();
        JsonNode second = start(trainee, "practice-quick", HttpStatus.CREATED);
        Set<String> seen = new HashSet<>();
        first.get("questions").forEach(q -> seen.add(q.get("questionId").asString()));
        second.get("questions").forEach(q -> assertThat(seen).doesNotContain(q.get("questionId").asString()));
    }

    @Test
    void theQuestionsDrawnAreCountedPerTraineeAndOlderAttemptsAreCountedOnceAtStartUp() {
        String traineeId = newTrainee("A");
        WebTestClient trainee = as(traineeId);
        JsonNode first = start(trainee, "practice-quick", HttpStatus.CREATED);
        trainee.post().uri("/api/v1/attempts/{id}/submit", first.get("id").asString()).exchange().expectStatus().isOk();
        Map<String, Integer> expected = new HashMap<>();
        first.get("questions").forEach(q -> expected.merge(q.get("questionId").asString(), 1, Integer::sum));
        assertThat(mongo.findById(traineeId, QuestionExposure.class).block().counts()).isEqualTo(expected);

        // a store whose attempts predate the record: the start-up backfill counts them, once
        mongo.remove(query(where("_id").is(traineeId)), QuestionExposure.class).block();
        mongo.remove(query(where("_id").is(QuizMigration.EXPOSURE_BACKFILL)), QuizMigration.class).block();
        attempts.backfillExposure().block();
        assertThat(mongo.findById(traineeId, QuestionExposure.class).block().counts()).isEqualTo(expected);
        assertThat(mongo.exists(query(where("_id").is(QuizMigration.EXPOSURE_BACKFILL)), QuizMigration.class).block())
                .isTrue();
        mongo.remove(query(where("_id").is(traineeId)), QuestionExposure.class).block();
        attempts.backfillExposure().block();
        assertThat(mongo.findById(traineeId, QuestionExposure.class).block()).as("runs once per store").isNull();
        mongo.insert(new QuestionExposure(traineeId, expected)).block();

        JsonNode second = start(trainee, "practice-quick", HttpStatus.CREATED);
        second.get("questions").forEach(q -> assertThat(expected).doesNotContainKey(q.get("questionId").asString()));
        second.get("questions").forEach(q -> expected.merge(q.get("questionId").asString(), 1, Integer::sum));
        assertThat(mongo.findById(traineeId, QuestionExposure.class).block().counts()).isEqualTo(expected);
    }

    @Test
    void badAnswersAre422AndSaveNothing() {
        WebTestClient trainee = as(newTrainee("A"));
        JsonNode attempt = start(trainee, "knowledge-assessment", HttpStatus.CREATED);
        String id = attempt.get("id").asString();
        trainee.put().uri("/api/v1/attempts/{id}/answers/{q}", id, "SB-001-notinthisattempt")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "x")).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("questionId");
        JsonNode numerical = null;
        for (JsonNode q : attempt.get("questions")) {
            if ("NUMERICAL".equals(q.get("type").asString())) {
                numerical = q;
            }
        }
        if (numerical != null) {
            String qid = numerical.get("questionId").asString();
            trainee.put().uri("/api/v1/attempts/{id}/answers/{q}", id, qid)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("number", "一百")).exchange()
                    .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("answers." + qid + ".number");
        }
        JsonNode choice = attempt.get("questions").get(0);
        for (JsonNode q : attempt.get("questions")) {
            if ("MULTIPLE_CHOICE".equals(q.get("type").asString())) {
                choice = q;
            }
        }
        trainee.put().uri("/api/v1/attempts/{id}/answers/{q}", id, choice.get("questionId").asString())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("choices", List.of(99))).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        trainee.get().uri("/api/v1/attempts/{id}", id).exchange()
                .expectBody().jsonPath("$.answers.length()").isEqualTo(0);
    }

    @Test
    void anotherTraineesAttemptIsForbiddenAndAMentorOnlySeesTheirMentees() {
        String ownerId = newTrainee("A");
        String id = start(as(ownerId), "practice-quick", HttpStatus.CREATED).get("id").asString();
        as("t02").get().uri("/api/v1/attempts/{id}", id).exchange().expectStatus().isForbidden();
        as("t02").put().uri("/api/v1/attempts/{id}/answers/x", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "x")).exchange().expectStatus().isForbidden();
        as("t02").post().uri("/api/v1/attempts/{id}/submit", id).exchange().expectStatus().isForbidden();
        as("m02").get().uri("/api/v1/attempts/{id}", id).exchange().expectStatus().isForbidden();
        as("head").get().uri("/api/v1/attempts/{id}", id).exchange().expectStatus().isOk();
        as("m01").get().uri("/api/v1/trainees/t01/attempts").exchange().expectStatus().isOk();
        as("m01").get().uri("/api/v1/trainees/t02/attempts").exchange().expectStatus().isForbidden();
        as("head").get().uri("/api/v1/attempts/{id}", UUID.randomUUID()).exchange().expectStatus().isNotFound();
    }

    @Test
    void onlyTraineesStartExamsAndAFirstSittingCannotBeRestricted() {
        as("m01").post().uri("/api/v1/exams/knowledge-assessment/attempts").exchange().expectStatus().isForbidden();
        as(newTrainee("A")).post().uri("/api/v1/exams/knowledge-assessment/attempts")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("areas", List.of("SYSTEMS"))).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("areas");
    }

    @Test
    void aMakeUpCoversOnlyItsAreasAndTheAverageUsesTheLatestScorePerArea() {
        String traineeId = newTrainee("A");
        WebTestClient trainee = as(traineeId);
        String first = start(trainee, "knowledge-assessment", HttpStatus.CREATED).get("id").asString();
        trainee.post().uri("/api/v1/attempts/{id}/submit", first).exchange().expectStatus().isOk();
        JsonNode makeUp = trainee.post().uri("/api/v1/exams/knowledge-assessment/attempts")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("areas", List.of("SYSTEMS"))).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(makeUp.get("questions").size()).isEqualTo(10);
        makeUp.get("questions").forEach(q -> assertThat(q.get("area").asString()).isEqualTo("SYSTEMS"));
        Map<String, Object> answers = new HashMap<>();
        makeUp.get("questions").forEach(q -> {
            if (!"ESSAY".equals(q.get("type").asString())) {
                answers.put(q.get("questionId").asString(), correctAnswer(q));
            }
        });
        String makeUpId = makeUp.get("id").asString();
        trainee.put().uri("/api/v1/attempts/{id}/answers", makeUpId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("answers", answers)).exchange().expectStatus().isOk();
        trainee.post().uri("/api/v1/attempts/{id}/submit", makeUpId).exchange().expectStatus().isOk();
        // unanswered essays still count: grade any as 0 so the sitting is complete
        for (AttemptDocument.ItemResult item : mongo.findById(makeUpId, AttemptDocument.class).block().result().items()) {
            if (item.status() == AttemptDocument.ItemStatus.PENDING_MANUAL) {
                as("ts1").put().uri("/api/v1/attempts/{id}/questions/{q}/manual-grade", makeUpId, item.questionId())
                        .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("score", 0)).exchange()
                        .expectStatus().isOk();
            }
        }
        JsonNode sittings = as("head").get().uri("/api/v1/trainees/{id}/knowledge-assessments", traineeId).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(sittings.size()).isEqualTo(2);
        JsonNode second = sittings.get(1);
        assertThat(second.get("sitting").asInt()).isEqualTo(2);
        assertThat(second.get("retakenAreas").toString()).isEqualTo("[\"SYSTEMS\"]");
        // the other three areas keep the first sitting's (zero) scores
        assertThat(second.get("areaScores").get("SECURITIES_BASICS").decimalValue()).isEqualByComparingTo("0");
        BigDecimal systems = second.get("areaScores").get("SYSTEMS").decimalValue();
        assertThat(systems).isGreaterThanOrEqualTo(new BigDecimal("80"));
        assertThat(second.get("average").decimalValue()).isEqualByComparingTo(
                systems.divide(new BigDecimal("4"), 10, java.math.RoundingMode.HALF_EVEN));
    }
}
