package com.csracademy.progression;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.csracademy.quiz.AnswerKey;
import com.csracademy.quiz.QuestionBank;
import com.csracademy.support.ApiTest;
import com.csracademy.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One category-A trainee from enrolment to certificate, moved only by the public API as each user would
 * drive it: the training specialist enrols and pairs, the trainee sits the knowledge assessment, the branch
 * mentor and the department head score the placement, the mentor reviews forms, monitors calls and
 * completes each stage-3 step, QA scores the independent week. The application clock walks the calendar
 * of early 2027 (New Year's Day and the Spring Festival holidays included) one working day at a time.
 * The only thing read from inside is the answer key (the stored bank), so the trainee can answer right.
 */
class EnrolmentToCertificateTest extends ApiTest {

    @Autowired
    TestClock clock;

    @Autowired
    QuestionBank bank;

    private String trainee;
    private String mentor;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** 10:00 in Shanghai on the day. */
    private void today(String day) {
        clock.set(LocalDate.parse(day).atTime(2, 0).toInstant(ZoneOffset.UTC));
    }

    private JsonNode journey() {
        return as(trainee).get().uri("/api/v1/trainees/{id}/journey", trainee).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** Waits for the journey to reach the step (evidence delivered through an outbox may arrive a moment later). */
    private JsonNode awaitStep(String stage, String step) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonNode journey = journey();
        while (!(journey.get("stage").asString().equals(stage) && journey.get("step").asString().equals(step))
                && Instant.now().isBefore(deadline)) {
            sleep();
            journey = journey();
        }
        assertThat(journey.get("stage").asString() + "/" + journey.get("step").asString())
                .as("journey of %s: %s", trainee, journey.get("lastDecision"))
                .isEqualTo(stage + "/" + step);
        return journey;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode body(WebTestClient.ResponseSpec spec) {
        return spec.expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec post(String who, String uri, Object body, Object... vars) {
        return as(who).post().uri(uri, vars).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private WebTestClient.ResponseSpec put(String who, String uri, Object body, Object... vars) {
        return as(who).put().uri(uri, vars).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @Test
    void aCategoryATraineeGoesFromEnrolmentToCertificateThroughThePublicApi() {
        // --- enrolment: the training specialist enrols the trainee and pairs them with a mentor ------------
        today("2027-01-04");
        trainee = enrolTrainee("e2e", "A", "2027-01-04");
        mentor = registerPerson("e2em", "MENTOR");
        post("ts1", "/api/v1/mentorships", Map.of("traineeId", trainee, "mentorId", mentor, "reason", "新员工带教配对"))
                .expectStatus().isCreated();
        awaitStep("CLASSROOM", "classroom");

        // --- stage 1: the knowledge assessment, every answer right; essays graded by the training specialist
        today("2027-01-22");
        JsonNode attempt = body(as(trainee).post().uri("/api/v1/exams/knowledge-assessment/attempts").exchange()
                .expectStatus().isCreated());
        String attemptId = attempt.get("id").asString();
        Map<String, Object> answers = new HashMap<>();
        attempt.get("questions").forEach(q -> answers.put(q.get("questionId").asString(), AnswerKey.correctAnswer(bank, q)));
        put(trainee, "/api/v1/attempts/{id}/answers", Map.of("answers", answers), attemptId).expectStatus().isOk();
        JsonNode submitted = body(as(trainee).post().uri("/api/v1/attempts/{id}/submit", attemptId).exchange()
                .expectStatus().isOk());
        for (JsonNode item : submitted.get("result").get("items")) {
            if ("PENDING_MANUAL".equals(item.get("status").asString())) {
                put("ts1", "/api/v1/attempts/{id}/questions/{q}/manual-grade",
                        Map.of("score", 1, "comment", "要点齐全：致歉、复述、核实、时限、回访"), attemptId,
                        item.get("questionId").asString()).expectStatus().isOk();
            }
        }
        JsonNode afterExam = awaitStep("SHADOWING", "branch-shadowing");
        assertThat(afterExam.get("lastDecision").toString()).contains("100");

        // --- stage 2: two weeks at the branch; objectives, self-summary, the two scores -------------------
        today("2027-01-25");
        String placement = body(post("ts1", "/api/v1/shadowing/placements",
                Map.of("traineeId", trainee, "branchMentorId", "bm1", "startDate", "2027-01-25"))
                .expectStatus().isCreated()).get("id").asString();
        for (int objective = 1; objective <= 8; objective++) {
            put(trainee, "/api/v1/shadowing/placements/{id}/objectives/{n}",
                    Map.of("ticked", true, "note", "跟随客户经理学习并实际操作"), placement, objective)
                    .expectStatus().isOk();
            as("bm1").post().uri("/api/v1/shadowing/placements/{id}/objectives/{n}/confirmation", placement, objective)
                    .exchange().expectStatus().isOk();
        }
        // ten working days from 25 January end on 9 February: the Spring Festival (5–8 February) is skipped
        today("2027-02-09");
        put(trainee, "/api/v1/shadowing/placements/{id}/self-summary",
                Map.of("text", "两周见习了解了开户、三方存管和网点对客服中心的需求。"), placement).expectStatus().isOk();
        put("head", "/api/v1/shadowing/placements/{id}/interview", Map.of("score", 86, "notes", "表达清楚"), placement)
                .expectStatus().isOk();
        put("bm1", "/api/v1/shadowing/placements/{id}/evaluation", Map.of("values", evaluationForm(92)), placement)
                .expectStatus().isOk();
        // (86 + 92) / 2 = 89, recorded; no pass mark for shadowing
        JsonNode monitoring = awaitStep("MONITORING", "monitoring");
        assertThat(monitoring.get("lastDecision").toString()).contains("89");

        // --- stage 3, monitoring: ten analyses of others' recordings a working day, reviewed by the mentor --
        for (int i = 0; i < 10; i++) {
            acceptedAnalysis("2027-02-09", "OTHERS_RECORDING");
        }
        // a returned form does not count until it is revised and accepted
        String returned = analysis("2027-02-09", "OTHERS_RECORDING");
        post(mentor, "/api/v1/forms/{id}/review", Map.of("decision", "RETURN", "comments", "未写明错误及盲点"), returned)
                .expectStatus().isOk();
        complete("monitoring");
        awaitStep("MONITORING", "drills");

        // --- drills (category A) ----------------------------------------------------------------------
        today("2027-02-10");
        completeDrills();
        awaitStep("MONITORING", "golive-non-trading");

        // --- supervised go-live, non-trading hours: the mentor monitors more than half of the calls -------
        today("2027-02-11");
        logCalls("2027-02-11", 4, 3, "18:30");
        complete("golive-non-trading");
        awaitStep("MONITORING", "golive-trading");

        // --- trading hours: five own typical calls analysed a trading day, and the share ------------------
        // The step began on the 11th when the mentor completed the previous one, so the 11th counts too.
        for (int i = 0; i < 5; i++) {
            acceptedAnalysis("2027-02-11", "OWN_TYPICAL_CALL");
        }
        today("2027-02-12");
        for (int i = 0; i < 5; i++) {
            acceptedAnalysis("2027-02-12", "OWN_TYPICAL_CALL");
        }
        logCalls("2027-02-12", 6, 4, "10:00");
        complete("golive-trading");
        awaitStep("MONITORING", "golive-full-day");

        // full day, from the 12th: 4 of the 12th's 6 calls monitored, then 0 of 2 on the 15th → exactly 50%,
        // which is not enough; one more monitored call makes 5 of 9
        today("2027-02-15");
        logCalls("2027-02-15", 2, 0, "09:40");
        as(mentor).post().uri("/api/v1/trainees/{id}/steps/{step}/complete", trainee, "golive-full-day").exchange()
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("monitoredShare");
        logCalls("2027-02-15", 1, 1, "16:00");
        complete("golive-full-day");
        awaitStep("GO_LIVE_ASSESSMENT", "golive-assessment");

        // --- stage 4: the independent week, four calls a working day scored by QA ----------------------
        today("2027-02-16");
        String week = body(post("qa1", "/api/v1/qa/weeks", Map.of("traineeId", trainee, "startDate", "2027-02-16"))
                .expectStatus().isCreated()).get("id").asString();
        for (String day : List.of("2027-02-16", "2027-02-17", "2027-02-18", "2027-02-19", "2027-02-22")) {
            today(day);
            for (int i = 0; i < 4; i++) {
                List<Map<String, Object>> deductions = i == 0
                        ? List.of(Map.of("item", "opening-greeting", "points", 1, "reason", "问候语未报工号"))
                        : List.of();
                post("qa1", "/api/v1/qa/weeks/{id}/calls", Map.of("callRef", "rec-" + UUID.randomUUID(),
                        "callDate", day, "marks", marks(deductions)), week).expectStatus().isOk();
            }
        }
        JsonNode closed = body(as("qa1").post().uri("/api/v1/qa/weeks/{id}/close", week).exchange().expectStatus().isOk());
        // per day: one call at 98 (a one-point deduction, 49 of 50) and three at 100 → mean 99.5
        assertThat(closed.get("weekScore").decimalValue()).isEqualByComparingTo("99.5");
        assertThat(closed.get("countedCalls").asInt()).isEqualTo(20);

        JsonNode certified = journey();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!"CERTIFIED".equals(certified.get("status").asString()) && Instant.now().isBefore(deadline)) {
            sleep();
            certified = journey();
        }
        assertThat(certified.get("status").asString()).isEqualTo("CERTIFIED");
        List<String> steps = new java.util.ArrayList<>();
        certified.get("history").forEach(t -> steps.add(t.get("toStep").asString() + ":" + t.get("toStatus").asString()));
        assertThat(steps).containsExactly("branch-shadowing:ON_TRACK", "monitoring:ON_TRACK", "drills:ON_TRACK",
                "golive-non-trading:ON_TRACK", "golive-trading:ON_TRACK", "golive-full-day:ON_TRACK",
                "golive-assessment:ON_TRACK", "golive-assessment:CERTIFIED");
        assertThat(certified.get("nextActions").size()).isZero();

        // --- the certificate: issued once, downloadable by the trainee, verifiable by anyone --------------
        JsonNode certificates = body(as(trainee).get().uri("/api/v1/trainees/{id}/certificates", trainee).exchange()
                .expectStatus().isOk());
        deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (certificates.size() == 0 && Instant.now().isBefore(deadline)) {
            sleep();
            certificates = body(as(trainee).get().uri("/api/v1/trainees/{id}/certificates", trainee).exchange()
                    .expectStatus().isOk());
        }
        assertThat(certificates.size()).isEqualTo(1);
        JsonNode certificate = certificates.get(0);
        as(trainee).get().uri("/api/v1/certificates/{id}/pdf", certificate.get("id").asString()).exchange()
                .expectStatus().isOk().expectHeader().contentType(MediaType.APPLICATION_PDF);
        JsonNode verified = body(web.get().uri("/api/v1/certificates/verify/{code}", certificate.get("code").asString())
                .exchange().expectStatus().isOk());
        assertThat(verified.get("status").asString()).isEqualTo("ISSUED");
        assertThat(verified.get("traineeName").asString()).isEqualTo("测试" + trainee);
        assertThat(verified.get("issuedOn").asString()).isEqualTo("2027-02-22");
    }

    // --- the steps' users ----------------------------------------------------------------------------

    private String analysis(String day, String source) {
        Map<String, Object> values = new HashMap<>();
        values.put("source", source);
        values.put("callTime", day + "T10:15:00+08:00");
        values.put("recordingRef", "REC-" + UUID.randomUUID().toString().substring(0, 8));
        values.put("businessType", "THIRD_PARTY_CUSTODY");
        values.put("clientRequest", "客户询问银证转账的时间");
        values.put("handling", "说明交易日9:00-16:00可办理银证转账，核实银行卡状态后指导操作");
        values.put("servicePhrases", List.of("GREETING", "THANKS", "CLOSING"));
        values.put("wentWell", "开头问候语规范，复述确认了客户需求");
        values.put("errorsAndBlindSpots", "未主动告知转账失败的常见原因");
        values.put("toLearn", "第三方存管转账时间与限额规则");
        return body(post(trainee, "/api/v1/trainees/{id}/forms",
                Map.of("definitionId", "post-call-analysis", "day", day, "values", values, "draft", false), trainee)
                .expectStatus().isCreated()).get("id").asString();
    }

    private void acceptedAnalysis(String day, String source) {
        String id = analysis(day, source);
        post(mentor, "/api/v1/forms/{id}/review", Map.of("decision", "ACCEPT", "comments", "分析到位"), id)
                .expectStatus().isOk();
    }

    /** Logs {@code calls} handled calls from {@code from} (Shanghai time), of which the mentor monitors {@code monitored}. */
    private void logCalls(String day, int calls, int monitored, String from) {
        java.time.LocalTime start = java.time.LocalTime.parse(from);
        for (int i = 0; i < calls; i++) {
            String callId = "C-" + UUID.randomUUID().toString().substring(0, 8);
            java.time.LocalTime begins = start.plusMinutes(6L * i);
            post(trainee, "/api/v1/trainees/{id}/calls", Map.of("callId", callId,
                    "start", day + "T" + begins + ":00+08:00", "end", day + "T" + begins.plusMinutes(4) + ":00+08:00",
                    "businessType", "FUNDS"), trainee).expectStatus().isCreated();
            if (i < monitored) {
                as(mentor).post().uri("/api/v1/trainees/{id}/calls/{call}/monitored", trainee, callId).exchange()
                        .expectStatus().isOk();
            }
        }
    }

    private void complete(String step) {
        as(mentor).post().uri("/api/v1/trainees/{id}/steps/{step}/complete", trainee, step).exchange()
                .expectStatus().isOk();
    }

    /** Two drill sessions run by the training specialist, each scored and written up, then the step. */
    private void completeDrills() {
        as(mentor).post().uri("/api/v1/trainees/{id}/steps/{step}/complete", trainee, "drills").exchange()
                .expectStatus().isEqualTo(422);
        for (String scenario : List.of("客户来电询问银证转账未到账，情绪激动，要求立即处理",
                "客户询问创业板权限开通条件")) {
            String session = body(post("ts1", "/api/v1/drills", Map.of("day", "2027-02-10", "scenario", scenario,
                    "traineeIds", List.of(trainee))).expectStatus().isCreated()).get("id").asString();
            put("ts1", "/api/v1/drills/{s}/trainees/{t}/score", Map.of("score", 88, "comment", "开场白规范，安抚到位"),
                    session, trainee).expectStatus().isOk();
            put(trainee, "/api/v1/drills/{s}/trainees/{t}/write-up",
                    Map.of("text", "当日话术：先致歉并复述诉求，核实身份后说明到账时限并承诺回访。"), session, trainee)
                    .expectStatus().isOk();
        }
        complete("drills");
    }

    private static Map<String, Object> evaluationForm(int score) {
        Map<String, Object> values = new HashMap<>();
        values.put("branchName", "福田营业部");
        for (String item : List.of("attendanceConduct", "attitude", "objAccounts", "objTradingSoftware",
                "objSelfService", "objMobile", "objCounterSystem", "objCommissionAndClosing", "objMarketing",
                "objBranchNeeds", "clientCommunication")) {
            values.put(item, score);
        }
        values.put("overallComment", "见习认真，主动向客户经理请教，能准确说明三方存管业务。");
        return values;
    }

    private static Map<String, Object> marks(List<Map<String, Object>> service) {
        Map<String, Object> good = Map.of("rating", "GOOD");
        return Map.of("knowledge", Map.of("fundamental", Collections.nCopies(5, good),
                        "technical", Collections.nCopies(5, good), "advice", List.of(good)),
                "terminology", Map.of("lookedUp", false, "wrongAnswers", 0), "service", service);
    }
}
