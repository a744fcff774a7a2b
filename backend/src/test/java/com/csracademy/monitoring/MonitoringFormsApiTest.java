package com.csracademy.monitoring;

import java.util.List;
import java.util.Map;

import java.time.LocalDate;
import java.time.ZoneOffset;

import com.csracademy.support.ApiTest;
import com.csracademy.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static com.csracademy.monitoring.MonitoringFixture.postCall;
import static org.assertj.core.api.Assertions.assertThat;

class MonitoringFormsApiTest extends ApiTest {

    @Autowired
    TestClock clock;

    private MonitoringFixture fixture;
    private String today;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** 10:00 in Beijing on the day (a day after today: the test clock only moves forward). */
    private void at(LocalDate day) {
        clock.set(day.atTime(2, 0).toInstant(ZoneOffset.UTC));
    }

    private List<Map<String, Object>> forms(String trainee) {
        return as(trainee).get().uri("/api/v1/trainees/{id}/forms", trainee).exchange().expectStatus().isOk()
                .expectBodyList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
    }

    @BeforeEach
    void fixture() {
        fixture = new MonitoringFixture(this::as);
        today = MonitoringFixture.today();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec put(String trainee, String formId,
                                                                                       Map<String, Object> values,
                                                                                       boolean draft) {
        return as(trainee).put().uri("/api/v1/trainees/{id}/forms/{form}", trainee, formId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("values", values, "draft", draft)).exchange();
    }

    @Test
    void aDraftMayLeaveRequiredFieldsEmptyAndAutosaveIsIdempotent() {
        String trainee = fixture.monitoringTrainee()[0];
        String id = (String) fixture.file(trainee, "live-monitoring", today, Map.of("callTime",
                        "2026-11-03T09:35:00+08:00"), true)
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id");
        Map<String, Object> more = Map.of("callTime", "2026-11-03T09:35:00+08:00", "businessType", "FUNDS");
        put(trainee, id, more, true).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("DRAFT").jsonPath("$.working.businessType").isEqualTo("FUNDS");
        put(trainee, id, more, true).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("DRAFT").jsonPath("$.versionCount").isEqualTo(0);
    }

    @Test
    void aSubmissionMissingRequiredFieldsIs422WithOneErrorPerField() {
        String trainee = fixture.monitoringTrainee()[0];
        Map<String, Object> values = new java.util.HashMap<>(postCall("OTHERS_RECORDING"));
        values.remove("clientRequest");
        values.put("handling", "长".repeat(2001));
        values.put("businessType", "ASTROLOGY");
        values.put("mood", "good");
        fixture.file(trainee, "post-call-analysis", today, values, false)
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'values.clientRequest')]").exists()
                .jsonPath("$.errors[?(@.field == 'values.handling')]").exists()
                .jsonPath("$.errors[?(@.field == 'values.businessType')]").exists()
                .jsonPath("$.errors[?(@.field == 'values.mood')]").exists();
    }

    @Test
    void aFormForADayBeforeTheTraineeStartedOrStillToComeIs422AndNothingIsSaved() {
        String trainee = fixture.monitoringTrainee()[0];
        String kept = fixture.submitted(trainee, today, "OTHERS_RECORDING");
        for (String day : List.of("2026-11-01", "2099-01-05")) {
            fixture.file(trainee, "post-call-analysis", day, postCall("OTHERS_RECORDING"), false)
                    .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                    .expectBody().jsonPath("$.errors[0].field").isEqualTo("day");
        }
        fixture.file(trainee, "live-monitoring", "2099-01-05", Map.of(), true)
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        as(trainee).get().uri("/api/v1/trainees/{id}/forms", trainee).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].id").isEqualTo(kept);
    }

    @Test
    void aFormForADayBeforeTheStepStartedIs422NamingTheStepAndNothingIsSaved() {
        String trainee = fixture.monitoringTrainee()[0];
        // after the trainee's start (2026-11-02), before the monitoring step began today
        fixture.file(trainee, "post-call-analysis", "2026-11-03", postCall("OTHERS_RECORDING"), false)
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("day")
                .jsonPath("$.errors[0].message").isEqualTo("2026-11-03 is outside the step 'monitoring' (" + today
                        + " – today)");
        fixture.file(trainee, "live-monitoring", "2026-11-03", Map.of(), true)
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("day");
        assertThat(forms(trainee)).isEmpty();
        String inside = fixture.submitted(trainee, today, "OTHERS_RECORDING");
        assertThat(forms(trainee)).extracting(f -> f.get("id")).containsExactly(inside);
    }

    @Test
    void aFormIsForADayOfAStepThatAsksForItEarlierStepsIncludedAndARevisionKeepsItsDay() {
        String[] pair = fixture.mentoredTrainee();
        LocalDate now = LocalDate.parse(today);
        LocalDate monitoringDay = now.plusDays(1);
        LocalDate tradingStart = now.plusDays(3);
        LocalDate betweenSteps = now.plusDays(2);
        LocalDate tradingDay = now.plusDays(4);
        at(monitoringDay);
        fixture.moveTo(pair[0], "monitoring");
        String returned = fixture.submitted(pair[0], monitoringDay.toString(), "OTHERS_RECORDING");
        fixture.review(pair[1], returned, "RETURN", "差错分析不够具体").expectStatus().isOk();
        // own typical calls belong to the trading-hours go-live step, which the trainee has not reached
        fixture.file(pair[0], "post-call-analysis", monitoringDay.toString(), postCall("OWN_TYPICAL_CALL"), false)
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("day")
                .jsonPath("$.errors[0].message").isEqualTo(monitoringDay
                        + " is outside the steps that ask for this form: the trainee has not been in 'golive-trading' yet");
        // a draft whose source is not chosen yet may be for either; choosing own typical call checks the day again
        String undecided = (String) fixture.file(pair[0], "post-call-analysis", monitoringDay.toString(), Map.of(), true)
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
        put(pair[0], undecided, postCall("OWN_TYPICAL_CALL"), false)
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("day");

        at(tradingStart);
        fixture.moveTo(pair[0], "golive-trading");
        at(now.plusDays(5));
        // a day of the earlier monitoring step: others' recordings are still accepted for it
        String late = fixture.submitted(pair[0], monitoringDay.toString(), "OTHERS_RECORDING");
        fixture.file(pair[0], "live-monitoring", tradingDay.toString(), Map.of(), true)
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("day")
                .jsonPath("$.errors[0].message").isEqualTo(tradingDay + " is outside the step 'monitoring' ("
                        + monitoringDay + " – " + tradingStart + ")");
        String own = fixture.submitted(pair[0], tradingDay.toString(), "OWN_TYPICAL_CALL");
        fixture.file(pair[0], "post-call-analysis", betweenSteps.toString(), postCall("OWN_TYPICAL_CALL"), false)
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("day")
                .jsonPath("$.errors[0].message").isEqualTo(betweenSteps + " is outside the step 'golive-trading' ("
                        + tradingStart + " – today)");
        // the returned form is revised after the step moved on: it keeps its day and is not refused
        Map<String, Object> revised = new java.util.HashMap<>(postCall("OTHERS_RECORDING"));
        revised.put("errorsAndBlindSpots", "未复述确认；未告知到账时间的例外情形");
        put(pair[0], returned, revised, false).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("SUBMITTED")
                .jsonPath("$.day").isEqualTo(monitoringDay.toString())
                .jsonPath("$.versionCount").isEqualTo(2);
        assertThat(forms(pair[0])).extracting(f -> f.get("id")).containsExactlyInAnyOrder(returned, undecided, late, own);
    }

    @Test
    void aSubmittedFormIsImmutable() {
        String trainee = fixture.monitoringTrainee()[0];
        String id = fixture.submitted(trainee, today, "OTHERS_RECORDING");
        put(trainee, id, postCall("OTHERS_RECORDING"), true).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/form-immutable");
    }

    @Test
    void aReturnedFormIsRevisedIntoANewVersionAndEveryVersionIsKept() {
        String[] pair = fixture.monitoringTrainee();
        String id = fixture.submitted(pair[0], today, "OTHERS_RECORDING");
        fixture.review(pair[1], id, "RETURN", "差错分析不够具体").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("RETURNED");
        Map<String, Object> revised = new java.util.HashMap<>(postCall("OTHERS_RECORDING"));
        revised.put("errorsAndBlindSpots", "未复述确认；未告知到账时间的例外情形");
        put(pair[0], id, revised, false).expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("SUBMITTED")
                .jsonPath("$.versionCount").isEqualTo(2)
                .jsonPath("$.versions[0].values.errorsAndBlindSpots").isEqualTo("未复述确认客户需求")
                .jsonPath("$.versions[1].values.errorsAndBlindSpots").isEqualTo("未复述确认；未告知到账时间的例外情形")
                .jsonPath("$.reviews[0].versionNumber").isEqualTo(1)
                .jsonPath("$.reviews[0].comments").isEqualTo("差错分析不够具体");
    }

    @Test
    void aReturnNeedsComments() {
        String[] pair = fixture.monitoringTrainee();
        String id = fixture.submitted(pair[0], today, "OTHERS_RECORDING");
        fixture.review(pair[1], id, "RETURN", " ").expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void aSecondReviewOfAnAcceptedFormIs409() {
        String[] pair = fixture.monitoringTrainee();
        String id = fixture.submitted(pair[0], today, "OTHERS_RECORDING");
        fixture.review(pair[1], id, "ACCEPT", null).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ACCEPTED");
        fixture.review(pair[1], id, "RETURN", "再看看").expectStatus().isEqualTo(HttpStatus.CONFLICT);
        put(pair[0], id, postCall("OTHERS_RECORDING"), false).expectStatus().isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void onlyTheCurrentMentorReviews() {
        String[] pair = fixture.monitoringTrainee();
        String id = fixture.submitted(pair[0], today, "OTHERS_RECORDING");
        fixture.review("m01", id, "ACCEPT", null).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/out-of-scope");
        fixture.review(pair[0], id, "ACCEPT", null).expectStatus().isForbidden();
        fixture.review("head", id, "ACCEPT", null).expectStatus().isForbidden();
    }

    @Test
    void theReviewQueueHoldsOnlyTheCurrentMenteesSubmittedForms() {
        String[] mine = fixture.monitoringTrainee();
        String[] other = fixture.monitoringTrainee();
        String submitted = fixture.submitted(mine[0], today, "OTHERS_RECORDING");
        String accepted = fixture.submitted(mine[0], today, "OTHERS_RECORDING");
        fixture.review(mine[1], accepted, "ACCEPT", null).expectStatus().isOk();
        fixture.file(mine[0], "post-call-analysis", today, Map.of(), true).expectStatus().isCreated();
        String othersForm = fixture.submitted(other[0], today, "OTHERS_RECORDING");
        List<Map<String, Object>> queue = as(mine[1]).get().uri("/api/v1/mentors/me/review-queue").exchange()
                .expectStatus().isOk().expectBodyList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
        assertThat(queue).extracting(f -> f.get("id")).containsExactly(submitted).doesNotContain(othersForm);
        as(mine[0]).get().uri("/api/v1/mentors/me/review-queue").exchange().expectStatus().isForbidden();
    }

    @Test
    void aFormerMentorReadsOnlyTheFormsTheyReviewed() {
        String[] pair = fixture.monitoringTrainee();
        String reviewed = fixture.submitted(pair[0], today, "OTHERS_RECORDING");
        fixture.review(pair[1], reviewed, "ACCEPT", null).expectStatus().isOk();
        String newMentor = fixture.person("MENTOR");
        as("ts1").post().uri("/api/v1/trainees/{id}/mentor", pair[0]).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("mentorId", newMentor, "reason", "mentor moved teams")).exchange()
                .expectStatus().isOk();
        String later = fixture.submitted(pair[0], today, "OTHERS_RECORDING");

        as(pair[1]).get().uri("/api/v1/forms/{id}", reviewed).exchange().expectStatus().isOk();
        as(pair[1]).get().uri("/api/v1/forms/{id}", later).exchange().expectStatus().isForbidden();
        as(pair[1]).get().uri("/api/v1/trainees/{id}/forms", pair[0]).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].id").isEqualTo(reviewed);
        fixture.review(pair[1], later, "ACCEPT", null).expectStatus().isForbidden();
        fixture.review(newMentor, later, "ACCEPT", null).expectStatus().isOk();
    }

    @Test
    void aTraineeSeesAndFilesOnlyTheirOwnForms() {
        String[] pair = fixture.monitoringTrainee();
        String other = fixture.monitoringTrainee()[0];
        String id = fixture.submitted(pair[0], today, "OTHERS_RECORDING");
        as(other).get().uri("/api/v1/forms/{id}", id).exchange().expectStatus().isForbidden();
        as(other).get().uri("/api/v1/trainees/{id}/forms", pair[0]).exchange().expectStatus().isForbidden();
        as(other).post().uri("/api/v1/trainees/{id}/forms", pair[0]).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("definitionId", "live-monitoring", "day", today, "values", Map.of(),
                        "draft", true)).exchange().expectStatus().isForbidden();
        as(pair[0]).get().uri("/api/v1/trainees/{id}/forms?day=" + today, pair[0]).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1);
        as(pair[1]).get().uri("/api/v1/forms/{id}", id).exchange().expectStatus().isOk();
    }

    @Test
    void mentorsDoNotFileTraineeForms() {
        String[] pair = fixture.monitoringTrainee();
        as(pair[1]).post().uri("/api/v1/trainees/{id}/forms", pair[0]).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("definitionId", "live-monitoring", "day", today, "values", Map.of(),
                        "draft", true)).exchange().expectStatus().isForbidden();
    }

    @Test
    void traineesFileOnlyMonitoringForms() {
        String trainee = fixture.monitoringTrainee()[0];
        fixture.file(trainee, "branch-shadowing-evaluation", today, Map.of(), true)
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    }
}
