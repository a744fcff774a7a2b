package com.csracademy.curriculum;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Trainees in named curriculum states, made through the API as the people who would make them: the
 * administrator registers the person, the training specialist enrols and exempts them. Each call gives a
 * new trainee, so tests sharing the application do not see each other's progress.
 */
final class CurriculumFixture {

    static final String SPECIALIST = "ts1";

    private final Function<String, WebTestClient> as;

    CurriculumFixture(Function<String, WebTestClient> as) {
        this.as = as;
    }

    /** A new category-A trainee (no securities experience) in the demo cohort. */
    String categoryA() {
        return enrolled("A");
    }

    /** A new category-B trainee (securities experience) in the demo cohort. */
    String categoryB() {
        return enrolled("B");
    }

    /** A new category-B trainee exempted from the given course by the training specialist. */
    String categoryBExemptedFrom(String courseId) {
        String trainee = categoryB();
        exempt(SPECIALIST, trainee, courseId, "有证券从业经验").expectStatus().isCreated();
        return trainee;
    }

    /** A new category-B trainee whose exemption from the course was granted and then revoked. */
    String categoryBWithRevokedExemptionFrom(String courseId) {
        String trainee = categoryBExemptedFrom(courseId);
        revoke(SPECIALIST, trainee, courseId, "经验与本公司业务不符").expectStatus().isOk();
        return trainee;
    }

    WebTestClient.ResponseSpec progress(String trainee, String lessonId, String event, Integer seconds) {
        return progressBy(trainee, trainee, lessonId, event, seconds);
    }

    WebTestClient.ResponseSpec progressBy(String caller, String trainee, String lessonId, String event,
                                          Integer seconds) {
        Map<String, Object> body = new HashMap<>();
        body.put("event", event);
        if (seconds != null) {
            body.put("seconds", seconds);
        }
        return as.apply(caller).post().uri("/api/v1/trainees/{id}/lessons/{lesson}/progress", trainee, lessonId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** Opens and completes each lesson. */
    void completed(String trainee, String... lessonIds) {
        for (String lesson : lessonIds) {
            progress(trainee, lesson, "OPENED", null).expectStatus().isOk();
            progress(trainee, lesson, "COMPLETED", null).expectStatus().isOk();
        }
    }

    WebTestClient.ResponseSpec exempt(String caller, String trainee, String courseId, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("courseId", courseId);
        if (reason != null) {
            body.put("reason", reason);
        }
        return as.apply(caller).post().uri("/api/v1/trainees/{id}/exemptions", trainee)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec revoke(String caller, String trainee, String courseId, String reason) {
        Map<String, Object> body = new HashMap<>();
        if (reason != null) {
            body.put("reason", reason);
        }
        return as.apply(caller).method(HttpMethod.DELETE).uri("/api/v1/trainees/{id}/exemptions/{course}", trainee,
                courseId).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    TraineeCurriculum curriculumOf(String caller, String trainee) {
        return as.apply(caller).get().uri("/api/v1/trainees/{id}/curriculum", trainee).exchange()
                .expectStatus().isOk().expectBody(TraineeCurriculum.class).returnResult().getResponseBody();
    }

    List<Exemption> exemptionsOf(String caller, String trainee) {
        return as.apply(caller).get().uri("/api/v1/trainees/{id}/exemptions", trainee).exchange()
                .expectStatus().isOk().expectBodyList(Exemption.class).returnResult().getResponseBody();
    }

    private String enrolled(String category) {
        String id = "tc-" + UUID.randomUUID().toString().substring(0, 8);
        as.apply("admin").post().uri("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "subject", "sub-" + id, "username", id, "name", "学员" + id,
                        "roles", List.of("TRAINEE"), "departmentId", "csc"))
                .exchange().expectStatus().isCreated();
        as.apply(SPECIALIST).post().uri("/api/v1/trainees").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("personId", id, "category", category, "cohortId", "c2026-11",
                        "startDate", "2026-11-02"))
                .exchange().expectStatus().isCreated();
        return id;
    }
}
