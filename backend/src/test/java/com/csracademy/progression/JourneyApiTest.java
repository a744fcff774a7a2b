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
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import static com.csracademy.program.ProgramDefinition.KnowledgeArea.SECURITIES_BASICS;
import static com.csracademy.program.ProgramDefinition.KnowledgeArea.SERVICE_NORMS;
import static com.csracademy.program.ProgramDefinition.KnowledgeArea.SERVICE_SKILLS;
import static com.csracademy.program.ProgramDefinition.KnowledgeArea.SYSTEMS;
import static org.assertj.core.api.Assertions.assertThat;

class JourneyApiTest extends ApiTest {

    /** 14:00 Beijing time on Wednesday 30 September 2026, the eve of the National Day holiday. */
    private static final Instant EVE_OF_NATIONAL_DAY = Instant.parse("2026-09-30T06:00:00Z");

    @Autowired
    Progression progression;

    private String newTrainee(String category) {
        return enrolTrainee("tj", category, "2026-09-01");
    }

    private static Map<KnowledgeArea, BigDecimal> scores(String basics, String systems, String norms, String skills) {
        Map<KnowledgeArea, BigDecimal> m = new EnumMap<>(KnowledgeArea.class);
        m.put(SECURITIES_BASICS, new BigDecimal(basics));
        m.put(SYSTEMS, new BigDecimal(systems));
        m.put(SERVICE_NORMS, new BigDecimal(norms));
        m.put(SERVICE_SKILLS, new BigDecimal(skills));
        return m;
    }

    private void deliver(String eventId, String trainee, String average, int sitting, Map<KnowledgeArea, BigDecimal> s) {
        progression.knowledgeAssessed(new KnowledgeResult(eventId, trainee, s, new BigDecimal(average), sitting,
                EVE_OF_NATIONAL_DAY)).block();
    }

    private JsonNode journey(String trainee) {
        return as("head").get().uri("/api/v1/trainees/{id}/journey", trainee).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    @Test
    void aNewTraineeIsInClassroomTrainingOnTrack() {
        String trainee = newTrainee("A");
        as(trainee).get().uri("/api/v1/trainees/{id}/journey", trainee).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.stage").isEqualTo("CLASSROOM").jsonPath("$.status").isEqualTo("ON_TRACK")
                .jsonPath("$.nextActions[0]").isEqualTo("STUDY_COURSES");
    }

    @Test
    void belowNinetyIsRemedialOnTheWeakAreasDueOnTheThirdWorkingDayAndTheSameEventTwiceChangesNothing() {
        String trainee = newTrainee("A");
        deliver("k-1-" + trainee, trainee, "88.75", 1, scores("97.5", "82", "90", "85.5"));
        deliver("k-1-" + trainee, trainee, "88.75", 1, scores("97.5", "82", "90", "85.5"));
        JsonNode j = journey(trainee);
        assertThat(j.get("status").asString()).isEqualTo("REMEDIAL");
        assertThat(j.get("dueBy").asString()).isEqualTo("2026-10-10");
        assertThat(j.get("history").size()).isEqualTo(1);
        JsonNode last = j.get("lastDecision");
        assertThat(last.get("rule").asString()).isEqualTo("knowledge-average ≥ 90");
        assertThat(last.get("explanation").asString()).contains("88.75 < 90").contains("系统软件 82.0")
                .contains("服务技巧 85.5").contains("2026-10-10").contains("节假日不计");
        assertThat(last.get("inputs").get("weakAreas").properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("SYSTEMS", "SERVICE_SKILLS");
    }

    @Test
    void aMakeUpAtNinetyMovesOnToShadowingAndALateResultForClassroomIsRejectedWithAReason() {
        String trainee = newTrainee("B");
        deliver("k-1-" + trainee, trainee, "85", 1, scores("85", "85", "85", "85"));
        deliver("k-2-" + trainee, trainee, "90", 2, scores("90", "90", "90", "90"));
        JsonNode j = journey(trainee);
        assertThat(j.get("stage").asString()).isEqualTo("SHADOWING");
        assertThat(j.get("step").asString()).isEqualTo("branch-shadowing");
        assertThat(j.get("status").asString()).isEqualTo("ON_TRACK");
        deliver("k-3-" + trainee, trainee, "70", 3, scores("70", "70", "70", "70"));
        JsonNode after = journey(trainee);
        assertThat(after.get("stage").asString()).isEqualTo("SHADOWING");
        assertThat(after.get("rejectedEvents").get(0).get("reason").asString()).contains("CLASSROOM");
    }

    @Test
    void anOlderSittingArrivingAfterANewerOneIsRejected() {
        String trainee = newTrainee("A");
        deliver("k-2-" + trainee, trainee, "80", 2, scores("80", "80", "80", "80"));
        deliver("k-1-" + trainee, trainee, "60", 1, scores("60", "60", "60", "60"));
        JsonNode j = journey(trainee);
        assertThat(j.get("history").size()).isEqualTo(1);
        assertThat(j.get("rejectedEvents").get(0).get("reason").asString()).contains("older");
    }

    @Test
    void twoFailuresEscalateAndTheDepartmentHeadDecidesWithAMandatoryReason() {
        String trainee = newTrainee("A");
        deliver("k-1-" + trainee, trainee, "80", 1, scores("80", "80", "80", "80"));
        deliver("k-2-" + trainee, trainee, "85", 2, scores("85", "85", "85", "85"));
        JsonNode escalated = journey(trainee);
        assertThat(escalated.get("status").asString()).isEqualTo("ESCALATED");
        assertThat(escalated.get("escalationOptions").toString()).contains("ANOTHER_MAKE_UP", "END_TRAINEESHIP");

        as("head").post().uri("/api/v1/trainees/{id}/journey/escalation", trainee).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("choice", "ANOTHER_MAKE_UP")).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        as("ts1").post().uri("/api/v1/trainees/{id}/journey/escalation", trainee).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("choice", "ANOTHER_MAKE_UP", "reason", "x")).exchange().expectStatus().isForbidden();
        as("head").post().uri("/api/v1/trainees/{id}/journey/escalation", trainee).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("choice", "ANOTHER_EXTENSION", "reason", "x")).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        as("head").post().uri("/api/v1/trainees/{id}/journey/escalation", trainee).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("choice", "ANOTHER_MAKE_UP", "reason", "面谈后认为学习态度端正，给予第二次补考"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("REMEDIAL")
                .jsonPath("$.lastDecision.decidedBy").isEqualTo("head")
                .jsonPath("$.lastDecision.reason").isEqualTo("面谈后认为学习态度端正，给予第二次补考");
        deliver("k-3-" + trainee, trainee, "92", 3, scores("92", "92", "92", "92"));
        assertThat(journey(trainee).get("stage").asString()).isEqualTo("SHADOWING");
    }

    @Test
    void endingTheTraineeshipWithdrawsTheTrainee() {
        String trainee = newTrainee("B");
        deliver("k-1-" + trainee, trainee, "50", 1, scores("50", "50", "50", "50"));
        deliver("k-2-" + trainee, trainee, "55", 2, scores("55", "55", "55", "55"));
        as("head").post().uri("/api/v1/trainees/{id}/journey/escalation", trainee).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("choice", "END_TRAINEESHIP", "reason", "两次补考均未达标，经面谈终止培训"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("WITHDRAWN");
        as("head").post().uri("/api/v1/trainees/{id}/journey/escalation", trainee).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("choice", "END_TRAINEESHIP", "reason", "again")).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aJourneyIsScopedLikeTheTraineesOtherRecords() {
        as("t01").get().uri("/api/v1/trainees/t01/journey").exchange().expectStatus().isOk();
        as("m01").get().uri("/api/v1/trainees/t01/journey").exchange().expectStatus().isOk();
        as("t01").get().uri("/api/v1/trainees/t02/journey").exchange().expectStatus().isForbidden();
        as("m02").get().uri("/api/v1/trainees/t01/journey").exchange().expectStatus().isForbidden();
        as("bm1").get().uri("/api/v1/trainees/t01/journey").exchange().expectStatus().isForbidden();
        as("t01").get().uri("/api/v1/journeys").exchange().expectStatus().isForbidden();
        as("head").get().uri("/api/v1/journeys?status=ESCALATED").exchange().expectStatus().isOk();
    }

    @Test
    void theDepartmentHeadOverridesOnlyWithAReasonAndEveryOverrideIsRecorded() {
        String trainee = newTrainee("A");
        String uri = "/api/v1/trainees/" + trainee + "/journey/override";
        as("head").post().uri(uri).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("action", "EXTEND_DUE_DATE", "workingDays", 2)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        as("ts1").post().uri(uri).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("action", "WAIVE_STEP", "reason", "x")).exchange().expectStatus().isForbidden();
        String before = journey(trainee).get("dueBy").asString();
        as("head").post().uri(uri).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("action", "EXTEND_DUE_DATE", "workingDays", 2, "reason", "病假两天")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.lastDecision.decision").isEqualTo("OVERRIDE_EXTEND")
                .jsonPath("$.lastDecision.inputs.previousDueBy").isEqualTo(before)
                .jsonPath("$.lastDecision.reason").isEqualTo("病假两天");
        as("head").post().uri(uri).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("action", "WAIVE_STEP", "reason", "有证券从业经验，免除集中培训")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.stage").isEqualTo("SHADOWING");
        as("head").post().uri(uri).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("action", "MOVE_TO_STEP", "stepId", "no-such-step", "reason", "x")).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("stepId");
        as("head").post().uri(uri).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("action", "MOVE_TO_STEP", "stepId", "golive-trading", "reason", "网点见习提前结束"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.step").isEqualTo("golive-trading");
        as("head").get().uri("/api/v1/audit?path=" + uri).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(6);
    }
}
