package com.csracademy.shadowing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.progression.KnowledgeResult;
import com.csracademy.progression.Progression;
import com.csracademy.progression.ShadowingResult;
import com.csracademy.shadowing.persistence.PlacementDocument;
import com.csracademy.support.ApiTest;
import com.csracademy.support.ConcurrentRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

class ShadowingApiTest extends ApiTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T06:00:00Z");

    @MockitoSpyBean
    Progression progression;

    @Autowired
    Shadowing shadowing;

    @Autowired
    ReactiveMongoTemplate mongo;

    private String newTrainee() {
        String id = "sh-" + UUID.randomUUID().toString().substring(0, 8);
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
        return id;
    }

    private JsonNode place(String trainee, String mentor) {
        return as("ts1").post().uri("/api/v1/shadowing/placements").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", trainee, "branchMentorId", mentor, "startDate", "2026-11-23"))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec score(String who, String id,
                                                                                          String what, Object score) {
        Object body = what.equals("evaluation") ? Map.of("values", evaluationForm(score))
                : Map.of("score", score, "notes", "ok");
        return as(who).put().uri("/api/v1/shadowing/placements/{id}/" + what, id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** The eleven scored items of the evaluation form (附5). */
    private static final List<String> SCORED_ITEMS = List.of("attendanceConduct", "attitude", "objAccounts",
            "objTradingSoftware", "objSelfService", "objMobile", "objCounterSystem", "objCommissionAndClosing",
            "objMarketing", "objBranchNeeds", "clientCommunication");

    /** An evaluation form with every scored item at {@code score}, so the form's score is {@code score}. */
    private static Map<String, Object> evaluationForm(Object score) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("branchName", "福田营业部");
        SCORED_ITEMS.forEach(item -> values.put(item, score));
        values.put("overallComment", "两周见习认真，能主动向客户经理请教");
        return values;
    }

    @Test
    void theEvaluationFormIsCheckedAgainstItsDefinitionAndItsScoreIsTheMeanOfItsItems() {
        String id = place(newTrainee(), "bm1").get("id").asString();
        Map<String, Object> incomplete = evaluationForm(80);
        incomplete.remove("overallComment");
        incomplete.put("attitude", 120);
        incomplete.put("unknownItem", 1);
        JsonNode problem = as("bm1").put().uri("/api/v1/shadowing/placements/{id}/evaluation", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("values", incomplete))
                .exchange().expectStatus().isEqualTo(422).expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem.toString()).contains("values.overallComment").contains("values.attitude")
                .contains("values.unknownItem");
        assertThat(mongo.findById(id, PlacementDocument.class).block().evaluation()).isNull();

        // ten items at 80 and one at 91: (10 × 80 + 91) / 11 = 81.0 exactly
        Map<String, Object> values = evaluationForm(80);
        values.put("clientCommunication", 91);
        JsonNode recorded = as("bm1").put().uri("/api/v1/shadowing/placements/{id}/evaluation", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("values", values))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode evaluation = recorded.get("evaluation");
        assertThat(evaluation.get("score").decimalValue()).isEqualByComparingTo("81.00");
        assertThat(evaluation.get("notes").asString()).isEqualTo("两周见习认真，能主动向客户经理请教");
        assertThat(evaluation.get("form").get("definition").asString()).isEqualTo("branch-shadowing-evaluation@1");
        assertThat(evaluation.get("form").get("values").get("clientCommunication").asInt()).isEqualTo(91);
    }

    private JsonNode journey(String trainee) {
        return as("head").get().uri("/api/v1/trainees/{id}/journey", trainee).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    @Test
    void aPlacementLastsTenWorkingDaysWithTheMentorsBranchAndTheEightObjectives() {
        JsonNode p = place(newTrainee(), "bm1");
        assertThat(p.get("branchId").asString()).isEqualTo("br-futian");
        assertThat(p.get("startDate").asString()).isEqualTo("2026-11-23");
        assertThat(p.get("endDate").asString()).isEqualTo("2026-12-04");
        assertThat(p.get("objectives")).hasSize(8);
    }

    @Test
    void onlyTrainingSpecialistsAndAdminsPlaceAndOnlyABranchMentorCanHost() {
        String trainee = newTrainee();
        for (String who : List.of("bm1", "head", "qa1", trainee)) {
            as(who).post().uri("/api/v1/shadowing/placements").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("traineeId", trainee, "branchMentorId", "bm1"))
                    .exchange().expectStatus().isForbidden();
        }
        as("ts1").post().uri("/api/v1/shadowing/placements").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", trainee, "branchMentorId", "qa1", "startDate", "2026-11-23"))
                .exchange().expectStatus().isEqualTo(422);
    }

    @Test
    void aBranchMentorMayHostSeveralTraineesButATraineeHasOneOpenPlacement() {
        String a = newTrainee();
        String b = newTrainee();
        place(a, "bm1");
        place(b, "bm1");
        as("ts1").post().uri("/api/v1/shadowing/placements").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", a, "branchMentorId", "bm2", "startDate", "2026-11-23"))
                .exchange().expectStatus().isEqualTo(409);
        List<String> hosted = as("bm1").get().uri("/api/v1/shadowing/hosted").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().findValuesAsString("traineeId");
        assertThat(hosted).contains(a, b);
    }

    @Test
    void aBranchMentorSeesOnlyTraineesPlacedWithThem() {
        String trainee = newTrainee();
        String id = place(trainee, "bm1").get("id").asString();
        as("bm1").get().uri("/api/v1/shadowing/placements/{id}", id).exchange().expectStatus().isOk();
        as("bm1").get().uri("/api/v1/trainees/{t}/journey", trainee).exchange().expectStatus().isOk();
        as("bm2").get().uri("/api/v1/shadowing/placements/{id}", id).exchange().expectStatus().isForbidden();
        as("bm2").get().uri("/api/v1/trainees/{t}/shadowing", trainee).exchange().expectStatus().isForbidden();
        as("bm2").get().uri("/api/v1/trainees/{t}/journey", trainee).exchange().expectStatus().isForbidden();
    }

    @Test
    void theTraineeTicksObjectivesWithNotesAndOnlyTheHostConfirmsATickedOne() {
        String trainee = newTrainee();
        String id = place(trainee, "bm1").get("id").asString();
        as("bm1").post().uri("/api/v1/shadowing/placements/{id}/objectives/3/confirmation", id).exchange()
                .expectStatus().isEqualTo(409);
        as("t01").put().uri("/api/v1/shadowing/placements/{id}/objectives/3", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("ticked", true, "note", "x"))
                .exchange().expectStatus().isForbidden();
        as(trainee).put().uri("/api/v1/shadowing/placements/{id}/objectives/3", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("ticked", true, "note", "自助交易机演示"))
                .exchange().expectStatus().isOk();
        as("bm2").post().uri("/api/v1/shadowing/placements/{id}/objectives/3/confirmation", id).exchange()
                .expectStatus().isForbidden();
        JsonNode confirmed = as("bm1").post().uri("/api/v1/shadowing/placements/{id}/objectives/3/confirmation", id)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode third = confirmed.get("objectives").get(2);
        assertThat(third.get("note").asString()).isEqualTo("自助交易机演示");
        assertThat(third.get("confirmedBy").asString()).isEqualTo("bm1");
        as(trainee).put().uri("/api/v1/shadowing/placements/{id}/self-summary", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "两周收获"))
                .exchange().expectStatus().isOk();
        as("bm1").put().uri("/api/v1/shadowing/placements/{id}/self-summary", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "x"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void anEvaluationByABranchMentorWhoDidNotHostTheTraineeIsForbidden() {
        String id = place(newTrainee(), "bm1").get("id").asString();
        score("bm2", id, "evaluation", 90).expectStatus().isForbidden();
        score("head", id, "evaluation", 90).expectStatus().isForbidden();
        score("bm1", id, "interview", 90).expectStatus().isForbidden();
        score("qa1", id, "interview", 90).expectStatus().isForbidden();
    }

    @Test
    void aScoreOutsideZeroToHundredIsRejectedAndAScoreIsRecordedOnce() {
        String id = place(newTrainee(), "bm1").get("id").asString();
        score("bm1", id, "evaluation", 101).expectStatus().isEqualTo(422);
        score("head", id, "interview", -1).expectStatus().isEqualTo(422);
        score("bm1", id, "evaluation", 90).expectStatus().isOk();
        score("bm1", id, "evaluation", 95).expectStatus().isEqualTo(409);
    }

    @Test
    void whenBothScoresAreInProgressionReceivesTheResultOnceAndTheTraineeMovesToMonitoring() {
        String trainee = newTrainee();
        String id = place(trainee, "bm1").get("id").asString();
        JsonNode afterInterview = score("head", id, "interview", 88).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(afterInterview.get("deliveredAt").isNull()).isTrue();
        JsonNode done = score("bm1", id, "evaluation", 93).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(done.get("deliveredAt").isNull()).isFalse();
        assertThat(journey(trainee).get("step").asString()).isEqualTo("monitoring");
        assertThat(shadowing.redeliverPending().block()).isZero();
        org.mockito.Mockito.verify(progression, org.mockito.Mockito.times(1))
                .shadowingEvaluated(org.mockito.ArgumentMatchers.argThat(r -> r.traineeId().equals(trainee)));
    }

    @Test
    void aFailedDeliveryIsKeptAndRetriedByTheRedelivery() {
        String trainee = newTrainee();
        String id = place(trainee, "bm1").get("id").asString();
        AtomicInteger failures = new AtomicInteger();
        doAnswer(inv -> {
            ShadowingResult r = inv.getArgument(0);
            if (r.traineeId().equals(trainee) && failures.getAndIncrement() == 0) {
                return Mono.error(new IllegalStateException("store down"));
            }
            return inv.callRealMethod();
        }).when(progression).shadowingEvaluated(any());
        try {
            score("head", id, "interview", 88).expectStatus().isOk();
            JsonNode failed = score("bm1", id, "evaluation", 93).expectStatus().isOk()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(failed.get("deliveredAt").isNull()).isTrue();
            assertThat(failed.get("lastDeliveryError").asString()).contains("store down");
            assertThat(shadowing.redeliverPending().block()).isGreaterThanOrEqualTo(1);
            PlacementDocument delivered = mongo.findById(id, PlacementDocument.class).block();
            assertThat(delivered.deliveredAt()).isNotNull();
            assertThat(delivered.deliveryAttempts()).isEqualTo(2);
            assertThat(journey(trainee).get("step").asString()).isEqualTo("monitoring");
        } finally {
            reset(progression);
        }
    }

    @Test
    void ofConcurrentPlacementsOfATraineeExactlyOneWinsTheRestConflict() throws Exception {
        String trainee = newTrainee();
        WebTestClient ts = as("ts1");
        List<Integer> statuses = ConcurrentRequests.statuses(8, () -> ts.post().uri("/api/v1/shadowing/placements")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", trainee, "branchMentorId", "bm1", "startDate", "2026-11-23"))
                .exchange());
        ConcurrentRequests.assertOneCreatedRestConflict(statuses);
        assertThat(mongo.count(Query.query(Criteria.where("traineeId").is(trainee)), PlacementDocument.class)
                .block()).isEqualTo(1);
        assertThat(mongo.findById(trainee + ".placement.1", PlacementDocument.class).block()).isNotNull();
    }
}
