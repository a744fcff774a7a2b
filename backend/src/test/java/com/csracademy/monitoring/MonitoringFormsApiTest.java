package com.csracademy.monitoring;

import java.util.List;
import java.util.Map;

import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static com.csracademy.monitoring.MonitoringFixture.postCall;
import static org.assertj.core.api.Assertions.assertThat;

class MonitoringFormsApiTest extends ApiTest {

    private MonitoringFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new MonitoringFixture(this::as);
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec put(String trainee, String formId,
                                                                                       Map<String, Object> values,
                                                                                       boolean draft) {
        return as(trainee).put().uri("/api/v1/trainees/{id}/forms/{form}", trainee, formId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("values", values, "draft", draft)).exchange();
    }

    @Test
    void aDraftMayLeaveRequiredFieldsEmptyAndAutosaveIsIdempotent() {
        String trainee = fixture.mentoredTrainee()[0];
        String id = (String) fixture.file(trainee, "live-monitoring", "2026-11-03", Map.of("callTime",
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
        String trainee = fixture.mentoredTrainee()[0];
        Map<String, Object> values = new java.util.HashMap<>(postCall("OTHERS_RECORDING"));
        values.remove("clientRequest");
        values.put("handling", "长".repeat(2001));
        values.put("businessType", "ASTROLOGY");
        values.put("mood", "good");
        fixture.file(trainee, "post-call-analysis", "2026-11-03", values, false)
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'values.clientRequest')]").exists()
                .jsonPath("$.errors[?(@.field == 'values.handling')]").exists()
                .jsonPath("$.errors[?(@.field == 'values.businessType')]").exists()
                .jsonPath("$.errors[?(@.field == 'values.mood')]").exists();
    }

    @Test
    void aFormForADayBeforeTheTraineeStartedOrStillToComeIs422AndNothingIsSaved() {
        String trainee = fixture.mentoredTrainee()[0];
        String kept = fixture.submitted(trainee, "2026-11-03", "OTHERS_RECORDING");
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
    void aSubmittedFormIsImmutable() {
        String trainee = fixture.mentoredTrainee()[0];
        String id = fixture.submitted(trainee, "2026-11-03", "OTHERS_RECORDING");
        put(trainee, id, postCall("OTHERS_RECORDING"), true).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/form-immutable");
    }

    @Test
    void aReturnedFormIsRevisedIntoANewVersionAndEveryVersionIsKept() {
        String[] pair = fixture.mentoredTrainee();
        String id = fixture.submitted(pair[0], "2026-11-03", "OTHERS_RECORDING");
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
        String[] pair = fixture.mentoredTrainee();
        String id = fixture.submitted(pair[0], "2026-11-03", "OTHERS_RECORDING");
        fixture.review(pair[1], id, "RETURN", " ").expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void aSecondReviewOfAnAcceptedFormIs409() {
        String[] pair = fixture.mentoredTrainee();
        String id = fixture.submitted(pair[0], "2026-11-03", "OTHERS_RECORDING");
        fixture.review(pair[1], id, "ACCEPT", null).expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ACCEPTED");
        fixture.review(pair[1], id, "RETURN", "再看看").expectStatus().isEqualTo(HttpStatus.CONFLICT);
        put(pair[0], id, postCall("OTHERS_RECORDING"), false).expectStatus().isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void onlyTheCurrentMentorReviews() {
        String[] pair = fixture.mentoredTrainee();
        String id = fixture.submitted(pair[0], "2026-11-03", "OTHERS_RECORDING");
        fixture.review("m01", id, "ACCEPT", null).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/out-of-scope");
        fixture.review(pair[0], id, "ACCEPT", null).expectStatus().isForbidden();
        fixture.review("head", id, "ACCEPT", null).expectStatus().isForbidden();
    }

    @Test
    void theReviewQueueHoldsOnlyTheCurrentMenteesSubmittedForms() {
        String[] mine = fixture.mentoredTrainee();
        String[] other = fixture.mentoredTrainee();
        String submitted = fixture.submitted(mine[0], "2026-11-03", "OTHERS_RECORDING");
        String accepted = fixture.submitted(mine[0], "2026-11-03", "OTHERS_RECORDING");
        fixture.review(mine[1], accepted, "ACCEPT", null).expectStatus().isOk();
        fixture.file(mine[0], "post-call-analysis", "2026-11-03", Map.of(), true).expectStatus().isCreated();
        String othersForm = fixture.submitted(other[0], "2026-11-03", "OTHERS_RECORDING");
        List<Map<String, Object>> queue = as(mine[1]).get().uri("/api/v1/mentors/me/review-queue").exchange()
                .expectStatus().isOk().expectBodyList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
        assertThat(queue).extracting(f -> f.get("id")).containsExactly(submitted).doesNotContain(othersForm);
        as(mine[0]).get().uri("/api/v1/mentors/me/review-queue").exchange().expectStatus().isForbidden();
    }

    @Test
    void aFormerMentorReadsOnlyTheFormsTheyReviewed() {
        String[] pair = fixture.mentoredTrainee();
        String reviewed = fixture.submitted(pair[0], "2026-11-03", "OTHERS_RECORDING");
        fixture.review(pair[1], reviewed, "ACCEPT", null).expectStatus().isOk();
        String newMentor = fixture.person("MENTOR");
        as("ts1").post().uri("/api/v1/trainees/{id}/mentor", pair[0]).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("mentorId", newMentor, "reason", "mentor moved teams")).exchange()
                .expectStatus().isOk();
        String later = fixture.submitted(pair[0], "2026-11-04", "OTHERS_RECORDING");

        as(pair[1]).get().uri("/api/v1/forms/{id}", reviewed).exchange().expectStatus().isOk();
        as(pair[1]).get().uri("/api/v1/forms/{id}", later).exchange().expectStatus().isForbidden();
        as(pair[1]).get().uri("/api/v1/trainees/{id}/forms", pair[0]).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1).jsonPath("$[0].id").isEqualTo(reviewed);
        fixture.review(pair[1], later, "ACCEPT", null).expectStatus().isForbidden();
        fixture.review(newMentor, later, "ACCEPT", null).expectStatus().isOk();
    }

    @Test
    void aTraineeSeesAndFilesOnlyTheirOwnForms() {
        String[] pair = fixture.mentoredTrainee();
        String other = fixture.mentoredTrainee()[0];
        String id = fixture.submitted(pair[0], "2026-11-03", "OTHERS_RECORDING");
        as(other).get().uri("/api/v1/forms/{id}", id).exchange().expectStatus().isForbidden();
        as(other).get().uri("/api/v1/trainees/{id}/forms", pair[0]).exchange().expectStatus().isForbidden();
        as(other).post().uri("/api/v1/trainees/{id}/forms", pair[0]).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("definitionId", "live-monitoring", "day", "2026-11-03", "values", Map.of(),
                        "draft", true)).exchange().expectStatus().isForbidden();
        as(pair[0]).get().uri("/api/v1/trainees/{id}/forms?day=2026-11-03", pair[0]).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(1);
        as(pair[1]).get().uri("/api/v1/forms/{id}", id).exchange().expectStatus().isOk();
    }

    @Test
    void mentorsDoNotFileTraineeForms() {
        String[] pair = fixture.mentoredTrainee();
        as(pair[1]).post().uri("/api/v1/trainees/{id}/forms", pair[0]).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("definitionId", "live-monitoring", "day", "2026-11-03", "values", Map.of(),
                        "draft", true)).exchange().expectStatus().isForbidden();
    }

    @Test
    void traineesFileOnlyMonitoringForms() {
        String trainee = fixture.mentoredTrainee()[0];
        fixture.file(trainee, "branch-shadowing-evaluation", "2026-11-03", Map.of(), true)
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    }
}
