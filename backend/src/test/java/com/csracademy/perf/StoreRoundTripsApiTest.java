package com.csracademy.perf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.quiz.AnswerKey;
import com.csracademy.quiz.QuestionBank;
import com.csracademy.support.ApiTest;
import com.csracademy.support.StoreCommands;
import org.bson.BsonInt64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store round trips of the calls the load benchmark drives (bench/, docs/performance.md "Where the time goes"):
 * each is CPU on both sides of the wire protocol, so a call that starts sending more shows here first. The lists
 * are the calls' whole store traffic, what they do after their answer (the audit entry) included.
 */
class StoreRoundTripsApiTest extends ApiTest {

    /** A practice exam: graded on submit, never recorded as a knowledge assessment. */
    private static final String EXAM = "bench-twenty";

    @Autowired
    QuestionBank bank;

    private WebTestClient trainee;

    @BeforeEach
    void aTraineeAndAWarmBank() {
        trainee = as(enrolTrainee("rt", "A", "2026-11-02"));
        // the parsed questions and the ids per area are kept in memory once read; a warm instance draws from there
        for (KnowledgeArea area : KnowledgeArea.values()) {
            bank.idsOf(area).block().forEach(id -> bank.question(id).block());
        }
        trainee.get().uri("/api/v1/ping").exchange().expectStatus().isOk();
    }

    @Test
    void aPingOfAKnownPersonSendsNothing() {
        String call = storeCommands.newCall();
        trainee.get().uri("/api/v1/ping").header(StoreCommands.HEADER, call).exchange().expectStatus().isOk();
        assertThat(storeCommands.settled(call, 0)).isEmpty();
    }

    @Test
    void aPracticeExamIsStartedWithSixRoundTripsAnsweredWithTwoAndSubmittedWithFour() {
        String start = storeCommands.newCall();
        JsonNode attempt = trainee.post().uri("/api/v1/exams/{exam}/attempts", EXAM).header(StoreCommands.HEADER, start)
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(strings(storeCommands.settled(start, 6))).containsExactly(
                "find trainees", "insert attempt_locks", "find question_exposure",
                "insert attempts", "update question_exposure", "insert audit_log");

        String id = attempt.get("id").asString();
        JsonNode first = attempt.get("questions").get(0);
        String one = storeCommands.newCall();
        trainee.put().uri("/api/v1/attempts/{id}/answers/{question}", id, first.get("questionId").asString())
                .header(StoreCommands.HEADER, one).bodyValue(AnswerKey.correctAnswer(bank, first))
                .exchange().expectStatus().isOk();
        assertThat(strings(storeCommands.settled(one, 2))).containsExactly("findAndModify attempts", "insert audit_log");

        Map<String, Object> all = new LinkedHashMap<>();
        attempt.get("questions").forEach(q -> all.put(q.get("questionId").asString(), AnswerKey.correctAnswer(bank, q)));
        String many = storeCommands.newCall();
        trainee.put().uri("/api/v1/attempts/{id}/answers", id).header(StoreCommands.HEADER, many)
                .bodyValue(Map.of("answers", all)).exchange().expectStatus().isOk();
        assertThat(strings(storeCommands.settled(many, 2))).containsExactly("findAndModify attempts", "insert audit_log");
        // what a save reads back is the attempt's new version, not the attempt with every answer saved so far
        assertThat(storeCommands.replies(one).get(0).response().getDocument("value").keySet())
                .containsExactly("_id", "version");
        assertThat(storeCommands.replies(many).get(0).response().getDocument("value"))
                .containsEntry("version", new BsonInt64(2)).doesNotContainKey("answers");

        String submit = storeCommands.newCall();
        trainee.post().uri("/api/v1/attempts/{id}/submit", id).header(StoreCommands.HEADER, submit)
                .exchange().expectStatus().isOk();
        assertThat(strings(storeCommands.settled(submit, 4))).containsExactly(
                "find attempts", "update attempts", "delete attempt_locks", "insert audit_log");
    }

    @Test
    void aTraineeOnceFoundIsNotLookedUpAgain() {
        String first = storeCommands.newCall();
        String id = trainee.post().uri("/api/v1/exams/{exam}/attempts", EXAM).header(StoreCommands.HEADER, first)
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
        assertThat(strings(storeCommands.settled(first, 6))).startsWith("find trainees");
        trainee.post().uri("/api/v1/attempts/{id}/submit", id).exchange().expectStatus().isOk();

        // a trainee record is never deleted: the next start knows it is there
        String second = storeCommands.newCall();
        trainee.post().uri("/api/v1/exams/{exam}/attempts", EXAM).header(StoreCommands.HEADER, second)
                .exchange().expectStatus().isCreated();
        assertThat(strings(storeCommands.settled(second, 5))).containsExactly(
                "insert attempt_locks", "find question_exposure",
                "insert attempts", "update question_exposure", "insert audit_log");
    }

    private static List<String> strings(List<StoreCommands.Command> commands) {
        return commands.stream().map(StoreCommands.Command::toString).toList();
    }
}
