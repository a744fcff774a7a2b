package com.csracademy.progression;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import com.csracademy.support.ApiTest;
import com.csracademy.support.GoLiveFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Progression's acceptance of a corrected go-live week result ({@link GoLiveWeekCorrected}): re-decided while the
 * journey has not moved past the week's decision, recorded and escalated to the department head once it has.
 */
class GoLiveWeekCorrectedTest extends ApiTest {

    private static final Instant MONDAY = GoLiveFixture.MONDAY;
    private static final Instant LATER = Instant.parse("2026-11-30T06:00:00Z");

    @Autowired
    Progression progression;

    private String traineeInGoLiveWeek() {
        String trainee = GoLiveFixture.traineeInGoLiveWeek(this, progression, "gc", "B");
        assertThat(journey(trainee).get("stage").asString()).isEqualTo("GO_LIVE_ASSESSMENT");
        return trainee;
    }

    private void scored(String trainee, String week, String score) {
        progression.goLiveWeekScored(new GoLiveWeekResult(week, trainee, new BigDecimal(score), 20, MONDAY)).block();
    }

    private void corrected(String trainee, String week, int revision, String previous, String score) {
        progression.goLiveWeekCorrected(new GoLiveWeekCorrected(week, revision, trainee, new BigDecimal(previous),
                new BigDecimal(score), 20, "APPEAL", LATER)).block();
    }

    private JsonNode journey(String trainee) {
        return as("head").get().uri("/api/v1/trainees/{id}/journey", trainee).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static JsonNode last(JsonNode journey) {
        return journey.get("history").get(journey.get("history").size() - 1);
    }

    private boolean headNotified(String trainee, String kind) {
        JsonNode page = as("head").get().uri("/api/v1/notifications?size=100").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        for (JsonNode n : page.get("items")) {
            if (n.get("kind").asString().equals(kind) && n.get("link").asString().contains(trainee)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void anExtensionNotActedOnIsReDecidedAndACorrectedScoreOfExactly85Certifies() {
        String trainee = traineeInGoLiveWeek();
        scored(trainee, "golive:w1-" + trainee, "80");
        assertThat(journey(trainee).get("status").asString()).isEqualTo("EXTENDED");

        corrected(trainee, "golive:w1-" + trainee, 1, "80", "85");
        JsonNode j = journey(trainee);
        assertThat(j.get("status").asString()).isEqualTo("CERTIFIED");
        assertThat(j.get("stage").asString()).isEqualTo("GO_LIVE_ASSESSMENT");
        assertThat(j.get("step").asString()).isEqualTo("golive-assessment");
        JsonNode t = last(j);
        assertThat(t.get("decision").asString()).isEqualTo("GO_LIVE_REDECIDED");
        assertThat(t.get("fromStatus").asString()).isEqualTo("EXTENDED");
        assertThat(t.get("inputs").get("previousScore").decimalValue()).isEqualByComparingTo("80");
        assertThat(t.get("inputs").get("weekScore").decimalValue()).isEqualByComparingTo("85");
        assertThat(t.get("explanation").asString()).contains("80.0", "85.0");
    }

    @Test
    void anExtensionCorrectedTo8499StandsAndTheCorrectionIsRecorded() {
        String trainee = traineeInGoLiveWeek();
        scored(trainee, "golive:w1-" + trainee, "80");
        JsonNode extended = journey(trainee);
        int before = extended.get("history").size();
        corrected(trainee, "golive:w1-" + trainee, 1, "80", "84.99");
        JsonNode j = journey(trainee);
        assertThat(j.get("status").asString()).isEqualTo("EXTENDED");
        assertThat(j.get("history").size()).isEqualTo(before + 1);
        assertThat(last(j).get("decision").asString()).isEqualTo("GO_LIVE_CORRECTED");
        assertThat(last(j).get("explanation").asString()).contains("84.99", "延长监听");
        assertThat(j.get("dueBy").asString()).isEqualTo(extended.get("dueBy").asString());
        assertThat(j.get("step").asString()).isEqualTo(extended.get("step").asString());
    }

    @Test
    void aCertificationCorrectedToExactly85StandsAndIsRecorded() {
        String trainee = traineeInGoLiveWeek();
        scored(trainee, "golive:w1-" + trainee, "92");
        corrected(trainee, "golive:w1-" + trainee, 1, "92", "85");
        JsonNode j = journey(trainee);
        assertThat(j.get("status").asString()).isEqualTo("CERTIFIED");
        assertThat(last(j).get("decision").asString()).isEqualTo("GO_LIVE_CORRECTED");
        assertThat(last(j).get("fromStatus").asString()).isEqualTo("CERTIFIED");
    }

    @Test
    void aCertificationCorrectedBelow85IsNotRevokedButEscalatedToTheDepartmentHead() {
        String trainee = traineeInGoLiveWeek();
        scored(trainee, "golive:w1-" + trainee, "86");
        corrected(trainee, "golive:w1-" + trainee, 1, "86", "84.99");
        JsonNode j = journey(trainee);
        assertThat(j.get("status").asString()).isEqualTo("CERTIFIED");
        JsonNode t = last(j);
        assertThat(t.get("decision").asString()).isEqualTo("CORRECTION_ESCALATED");
        assertThat(t.get("explanation").asString()).contains("84.99", "不自动撤销", "部门负责人");
        assertThat(headNotified(trainee, "JOURNEY_CORRECTION_ESCALATED")).isTrue();
    }

    @Test
    void anExtensionTheTraineeHasMovedPastIsEscalatedWhenCorrectedTo85() {
        String trainee = traineeInGoLiveWeek();
        scored(trainee, "golive:w1-" + trainee, "80");
        progression.stepCompleted(new StepCompleted("step-again-" + trainee, trainee, "golive-full-day", Map.of(),
                MONDAY)).block();
        assertThat(journey(trainee).get("stage").asString()).isEqualTo("GO_LIVE_ASSESSMENT");

        corrected(trainee, "golive:w1-" + trainee, 1, "80", "85");
        JsonNode j = journey(trainee);
        assertThat(j.get("status").asString()).isEqualTo("ON_TRACK");
        assertThat(j.get("stage").asString()).isEqualTo("GO_LIVE_ASSESSMENT");
        assertThat(last(j).get("decision").asString()).isEqualTo("CORRECTION_ESCALATED");
        assertThat(last(j).get("explanation").asString()).contains("85.0", "部门负责人");
        assertThat(headNotified(trainee, "JOURNEY_CORRECTION_ESCALATED")).isTrue();
    }

    @Test
    void aWeekWithoutADecisionYetIsDecidedOnItsCorrectedScoreAndTheLateOriginalIsNotApplied() {
        String trainee = traineeInGoLiveWeek();
        String week = "golive:w1-" + trainee;
        corrected(trainee, week, 1, "90", "84");
        JsonNode extended = journey(trainee);
        assertThat(extended.get("status").asString()).isEqualTo("EXTENDED");
        assertThat(last(extended).get("decision").asString()).isEqualTo("EXTENDED");
        int size = extended.get("history").size();
        scored(trainee, week, "90");
        assertThat(journey(trainee).get("history").size()).isEqualTo(size);
        assertThat(journey(trainee).get("status").asString()).isEqualTo("EXTENDED");
    }

    @Test
    void aRevisionIsAppliedOnceAndAnOlderRevisionAfterANewerOneIsRejected() {
        String trainee = traineeInGoLiveWeek();
        String week = "golive:w1-" + trainee;
        scored(trainee, week, "80");
        corrected(trainee, week, 2, "82", "84");
        int size = journey(trainee).get("history").size();
        corrected(trainee, week, 2, "82", "84");
        corrected(trainee, week, 1, "80", "90");
        JsonNode j = journey(trainee);
        assertThat(j.get("history").size()).isEqualTo(size);
        assertThat(j.get("status").asString()).isEqualTo("EXTENDED");
        assertThat(j.get("rejectedEvents").get(0).get("eventId").asString()).isEqualTo(week + ":rev:1");
        // the next revision, re-decided on the standing decision (extended, not acted on): certifies
        corrected(trainee, week, 3, "84", "85");
        assertThat(journey(trainee).get("status").asString()).isEqualTo("CERTIFIED");
    }

    @Test
    void aCorrectionOfAWeekTheJourneyNeverTookIsRejected() {
        String trainee = enrolTrainee("gc", "B", "2026-11-02");
        corrected(trainee, "golive:w9-" + trainee, 1, "80", "90");
        JsonNode j = journey(trainee);
        assertThat(j.get("stage").asString()).isEqualTo("CLASSROOM");
        assertThat(j.get("rejectedEvents").get(0).get("reason").asString()).contains("no decision");
    }
}
