package com.csracademy.monitoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.csracademy.support.FormValues;

import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Fresh people for each test (the context and its store are shared), and filled forms. */
final class MonitoringFixture {

    private final java.util.function.Function<String, WebTestClient> as;

    MonitoringFixture(java.util.function.Function<String, WebTestClient> as) {
        this.as = as;
    }

    String person(String role) {
        String id = role.substring(0, 1).toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        as.apply("admin").post().uri("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "subject", "sub-" + id, "username", id, "name", "测试" + id,
                        "roles", List.of(role), "departmentId", "csc"))
                .exchange().expectStatus().isCreated();
        return id;
    }

    /** A category-A trainee paired with a new mentor: {trainee, mentor}. */
    String[] mentoredTrainee() {
        return mentoredTrainee("A");
    }

    String[] mentoredTrainee(String category) {
        String trainee = person("TRAINEE");
        as.apply("ts1").post().uri("/api/v1/trainees").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("personId", trainee, "category", category, "cohortId", "c2026-11",
                        "startDate", "2026-11-02"))
                .exchange().expectStatus().isCreated();
        String mentor = person("MENTOR");
        as.apply("ts1").post().uri("/api/v1/mentorships").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", trainee, "mentorId", mentor, "reason", "pairing"))
                .exchange().expectStatus().isCreated();
        return new String[] {trainee, mentor};
    }

    /** Today in Beijing: the day a form filed now is for. */
    static String today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
    }

    /**
     * A category-A trainee with a new mentor, moved to the monitoring step today (forms are for days of a step
     * that asks for them): {trainee, mentor}.
     */
    String[] monitoringTrainee() {
        String[] pair = mentoredTrainee();
        moveTo(pair[0], "monitoring");
        return pair;
    }

    static Map<String, Object> postCall(String source) {
        return FormValues.postCall(source);
    }

    WebTestClient.ResponseSpec file(String trainee, String definitionId, String day, Map<String, Object> values,
                                    boolean draft) {
        return as.apply(trainee).post().uri("/api/v1/trainees/{id}/forms", trainee)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("definitionId", definitionId, "day", day, "values", values, "draft", draft))
                .exchange();
    }

    /** Files a submitted post-call analysis and answers its id. */
    String submitted(String trainee, String day, String source) {
        return (String) file(trainee, "post-call-analysis", day, postCall(source), false)
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
    }

    WebTestClient.ResponseSpec review(String mentor, String formId, String decision, String comments) {
        Map<String, Object> body = new HashMap<>();
        body.put("decision", decision);
        body.put("comments", comments);
        return as.apply(mentor).post().uri("/api/v1/forms/{id}/review", formId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** Creates a drill session on a day and answers its id. */
    String drill(String runner, String day, String... traineeIds) {
        return (String) createDrill(runner, day, traineeIds).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody().get("id");
    }

    WebTestClient.ResponseSpec createDrill(String runner, String day, String... traineeIds) {
        return as.apply(runner).post().uri("/api/v1/drills").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("day", day, "scenario", "客户来电询问银证转账未到账，情绪激动，要求立即处理",
                        "traineeIds", List.of(traineeIds)))
                .exchange();
    }

    WebTestClient.ResponseSpec scoreDrill(String scorer, String sessionId, String traineeId, int score) {
        return as.apply(scorer).put().uri("/api/v1/drills/{s}/trainees/{t}/score", sessionId, traineeId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("score", score, "comment", "开场白规范，安抚到位"))
                .exchange();
    }

    WebTestClient.ResponseSpec writeUp(String writer, String sessionId, String traineeId, String text) {
        return as.apply(writer).put().uri("/api/v1/drills/{s}/trainees/{t}/write-up", sessionId, traineeId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", text)).exchange();
    }

    void moveTo(String trainee, String stepId) {
        as.apply("head").post().uri("/api/v1/trainees/{id}/journey/override", trainee)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("action", "MOVE_TO_STEP", "stepId", stepId, "reason", "test: start at " + stepId))
                .exchange().expectStatus().isOk();
    }
}
