package com.csracademy.notification;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.progression.KnowledgeResult;
import com.csracademy.progression.Progression;
import com.csracademy.store.StoreDescription;
import com.csracademy.support.ApiTest;
import com.csracademy.support.StoreScans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class NotificationApiTest extends ApiTest {

    @Autowired
    Progression progression;

    @Autowired
    Notifications notifications;

    @Autowired
    StoreDescription store;

    private String trainee;
    private String mentor;

    private void enrolWithMentor() {
        trainee = "tn-" + UUID.randomUUID().toString().substring(0, 8);
        mentor = "mn-" + UUID.randomUUID().toString().substring(0, 8);
        for (String[] p : List.of(new String[] {trainee, "TRAINEE"}, new String[] {mentor, "MENTOR"})) {
            as("admin").post().uri("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("id", p[0], "subject", "sub-" + p[0], "username", p[0], "name", "测试" + p[0],
                            "roles", List.of(p[1]), "departmentId", "csc"))
                    .exchange().expectStatus().isCreated();
        }
        as("ts1").post().uri("/api/v1/trainees").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("personId", trainee, "category", "A", "cohortId", "c2026-11", "startDate", "2026-11-02"))
                .exchange().expectStatus().isCreated();
        as("ts1").post().uri("/api/v1/mentorships").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", trainee, "mentorId", mentor)).exchange().expectStatus().isCreated();
    }

    private void failKnowledge(String eventId) {
        Map<KnowledgeArea, BigDecimal> scores = new EnumMap<>(KnowledgeArea.class);
        for (KnowledgeArea area : KnowledgeArea.values()) {
            scores.put(area, new BigDecimal("85"));
        }
        progression.knowledgeAssessed(new KnowledgeResult(eventId, trainee, scores, new BigDecimal("85"), 1,
                Instant.parse("2026-11-23T06:00:00Z"))).block();
    }

    private JsonNode notificationsOf(String person) {
        return as(person).get().uri("/api/v1/notifications?unread=true").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    @Test
    void aRoutingDecisionNotifiesTheTraineeTheirMentorAndTheDepartmentHeadOnce() {
        enrolWithMentor();
        failKnowledge("k-" + trainee);
        failKnowledge("k-" + trainee);
        for (String person : List.of(trainee, mentor)) {
            JsonNode mine = notificationsOf(person);
            assertThat(mine.get("total").asInt()).as(person).isEqualTo(1);
            assertThat(mine.get("items").get(0).get("kind").asString()).isEqualTo("JOURNEY_REMEDIAL");
            assertThat(mine.get("items").get(0).get("body").asString()).contains("85.0 < 90");
        }
        assertThat(notificationsOf("head").get("items").toString()).contains(trainee);
        // another trainee's mentor hears nothing
        assertThat(notificationsOf("m05").get("items").toString()).doesNotContain(trainee);
    }

    @Test
    void aSendToSeveralIsOneRoundTripAndARepeatCompletesOnlyWhatWasMissing() {
        enrolWithMentor();
        String source = "test:" + trainee;
        // a crash after the trainee's notification was stored: the retry sends to all three
        notifications.send(List.of(trainee), "TEST", "标题", "正文", "/", source).block();
        String call = storeCommands.newCall();
        storeCommands.as(call, notifications.send(List.of(trainee, mentor, "head", mentor), "TEST", "标题", "正文", "/",
                source)).block();
        assertThat(storeCommands.settled(call, 1)).extracting(Object::toString).containsExactly("insert notifications");
        for (String person : List.of(trainee, mentor, "head")) {
            assertThat(notificationsOf(person).get("items").findValuesAsString("source"))
                    .as(person).containsOnlyOnce(source);
        }
    }

    /** The bell of every open page asks every 30 s: on the embedded store it must not read everyone's. */
    @Test
    void theBellAndTheStreamReadOnlyTheRecipientsNotifications() {
        assumeTrue(store.kind().equals("embedded"), "the scan log is the embedded store's");
        enrolWithMentor();
        failKnowledge("k-" + trainee);
        List<String> scans = StoreScans.during(() -> {
            JsonNode mine = notificationsOf(trainee);
            assertThat(mine.get("total").asInt()).isEqualTo(1);
            Notification first = notifications.stream(trainee, Instant.EPOCH, Duration.ofSeconds(1))
                    .blockFirst(Duration.ofSeconds(10));
            assertThat(first.recipientId()).isEqualTo(trainee);
        });
        assertThat(scans).noneMatch(scan -> scan.startsWith("scan notifications"));
    }

    @Test
    void onlyTheRecipientMarksANotificationRead() {
        enrolWithMentor();
        failKnowledge("k-" + trainee);
        String id = notificationsOf(trainee).get("items").get(0).get("id").asString();
        as(mentor).post().uri("/api/v1/notifications/{id}/read", id).exchange().expectStatus().isNotFound();
        as(trainee).post().uri("/api/v1/notifications/{id}/read", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.readAt").exists();
        assertThat(notificationsOf(trainee).get("total").asInt()).isZero();
    }

    @Test
    void theStreamDeliversNewNotificationsAsServerSentEvents() {
        enrolWithMentor();
        Flux<ServerSentEvent<Map<String, Object>>> stream = as(trainee).get().uri("/api/v1/notifications/stream")
                .header("Last-Event-ID", Instant.now().minusSeconds(60).toString())
                .accept(MediaType.TEXT_EVENT_STREAM).exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<Map<String, Object>>>() { })
                .getResponseBody();
        failKnowledge("k-" + trainee);
        StepVerifier.create(stream.filter(e -> "notification".equals(e.event())).take(1))
                .assertNext(event -> assertThat(event.data()).containsEntry("recipientId", trainee)
                        .containsEntry("kind", "JOURNEY_REMEDIAL"))
                .thenCancel()
                .verify(Duration.ofSeconds(20));
    }
}
