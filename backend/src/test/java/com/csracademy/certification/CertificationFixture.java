package com.csracademy.certification;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.progression.GoLiveWeekResult;
import com.csracademy.progression.KnowledgeResult;
import com.csracademy.progression.Progression;
import com.csracademy.progression.ShadowingResult;
import com.csracademy.progression.StepCompleted;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Named states for the certification tests: a category-B trainee with a Chinese name and a mentor, taken
 * through all four stages by progression's own evidence contracts until the journey is certified.
 */
final class CertificationFixture {

    /** The Monday the certifying go-live week is scored (Asia/Shanghai: 2026-11-23). */
    static final Instant SCORED_AT = Instant.parse("2026-11-23T06:00:00Z");

    private final java.util.function.Function<String, WebTestClient> as;
    private final Progression progression;

    CertificationFixture(java.util.function.Function<String, WebTestClient> as, Progression progression) {
        this.as = as;
        this.progression = progression;
    }

    /** A certified trainee, their mentor, and the certificate issued to them. */
    record Certified(String traineeId, String name, String mentorId, String certificateId, String code,
                     String certificationId, java.time.LocalDate certifiedOn) {

        /** The date as the certificate prints it. */
        String printedDate() {
            return certifiedOn.getYear() + "年" + certifiedOn.getMonthValue() + "月" + certifiedOn.getDayOfMonth() + "日";
        }
    }

    /** The day (Asia/Shanghai) of the journey's certifying decision: the certificate's issue date. */
    java.time.LocalDate certifiedOn(String trainee) {
        JsonNode journey = as.apply("head").get().uri("/api/v1/trainees/{id}/journey", trainee).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode decision = journey.get("lastDecision");
        if (!"CERTIFIED".equals(journey.get("status").asString())) {
            throw new IllegalStateException("journey of " + trainee + " is not certified: " + journey.get("status"));
        }
        return Instant.parse(decision.get("at").asString()).atZone(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate();
    }

    String register(String prefix, String name, String role) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        as.apply("admin").post().uri("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "subject", "sub-" + id, "username", id, "name", name,
                        "roles", List.of(role), "departmentId", "csc"))
                .exchange().expectStatus().isCreated();
        return id;
    }

    /** Enrolled, paired with a new mentor, and still in the classroom. */
    String[] enrolledWithMentor(String name) {
        String trainee = register("cert", name, "TRAINEE");
        as.apply("ts1").post().uri("/api/v1/trainees").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("personId", trainee, "category", "B", "cohortId", "c2026-11",
                        "startDate", "2026-11-02"))
                .exchange().expectStatus().isCreated();
        String mentor = register("certm", "周文静", "MENTOR");
        as.apply("ts1").post().uri("/api/v1/mentorships").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", trainee, "mentorId", mentor, "reason", "结对带教"))
                .exchange().expectStatus().isCreated();
        return new String[] {trainee, mentor};
    }

    /** Through classroom, shadowing and monitoring, up to the go-live week (category B skips the drills). */
    void throughMonitoring(String trainee) {
        Map<KnowledgeArea, BigDecimal> scores = new EnumMap<>(KnowledgeArea.class);
        for (KnowledgeArea area : KnowledgeArea.values()) {
            scores.put(area, new BigDecimal("93"));
        }
        progression.knowledgeAssessed(new KnowledgeResult("k-" + trainee, trainee, scores, new BigDecimal("93"), 1,
                SCORED_AT)).block();
        progression.shadowingEvaluated(new ShadowingResult("s-" + trainee, trainee, new BigDecimal("88"),
                new BigDecimal("90"), SCORED_AT)).block();
        for (String step : List.of("monitoring", "golive-non-trading", "golive-trading", "golive-full-day")) {
            progression.stepCompleted(new StepCompleted("step-" + step + "-" + trainee, trainee, step,
                    Map.of("monitoredShare", "0.6"), SCORED_AT)).block();
        }
    }

    Certified certified(String name) {
        String[] ids = enrolledWithMentor(name);
        throughMonitoring(ids[0]);
        progression.goLiveWeekScored(new GoLiveWeekResult("g-" + ids[0], ids[0], new BigDecimal("88.5"), 20,
                SCORED_AT)).block();
        JsonNode list = as.apply("head").get().uri("/api/v1/trainees/{id}/certificates", ids[0]).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        if (list == null || list.size() != 1) {
            throw new IllegalStateException("expected one certificate for " + ids[0] + ", got " + list);
        }
        JsonNode c = list.get(0);
        return new Certified(ids[0], name, ids[1], c.get("id").asString(), c.get("code").asString(),
                c.get("certificationId").asString(), certifiedOn(ids[0]));
    }
}
