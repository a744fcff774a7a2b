package com.csracademy.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.progression.KnowledgeResult;
import com.csracademy.progression.Progression;
import com.csracademy.progression.ShadowingResult;
import com.csracademy.progression.StepCompleted;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The go-live week set-up shared by the QA, race and progression tests: a trainee brought to the go-live
 * assessment through progression's own events, the week opened, calls scored, the daily sample filled.
 */
public final class GoLiveFixture {

    /** The Monday the trainee's earlier results are dated. */
    public static final Instant MONDAY = Instant.parse("2026-11-23T06:00:00Z");
    /** The week's first day, the Monday the week is opened on. */
    public static final String WEEK_START = "2026-11-23";
    /** The week's five working days (2026-11-23 … 27). */
    public static final List<String> DAYS = List.of("2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26",
            "2026-11-27");
    /** The program's goLiveSampledCallsPerDay. */
    public static final int PER_DAY = 4;

    private GoLiveFixture() {
    }

    /**
     * Enrols a trainee of the category in the demo cohort and records the knowledge assessment (95), the
     * shadowing (88/93) and every step before the go-live week (drills only for category A).
     */
    public static String traineeInGoLiveWeek(ApiTest test, Progression progression, String prefix, String category) {
        String id = test.enrolTrainee(prefix, category, "2026-11-02");
        Map<KnowledgeArea, BigDecimal> scores = new EnumMap<>(KnowledgeArea.class);
        for (KnowledgeArea area : KnowledgeArea.values()) {
            scores.put(area, new BigDecimal("95"));
        }
        progression.knowledgeAssessed(new KnowledgeResult("k-" + id, id, scores, new BigDecimal("95"), 1, MONDAY))
                .block();
        progression.shadowingEvaluated(new ShadowingResult("s-" + id, id, new BigDecimal("88"), new BigDecimal("93"),
                MONDAY)).block();
        List<String> steps = category.equals("A")
                ? List.of("monitoring", "drills", "golive-non-trading", "golive-trading", "golive-full-day")
                : List.of("monitoring", "golive-non-trading", "golive-trading", "golive-full-day");
        for (String step : steps) {
            progression.stepCompleted(new StepCompleted("step-" + step + "-" + id, id, step, Map.of(), MONDAY)).block();
        }
        return id;
    }

    /** Opens the trainee's week starting {@link #WEEK_START}; answers its id. */
    public static String open(WebTestClient qa, String trainee) {
        return qa.post().uri("/api/v1/qa/weeks").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", trainee, "startDate", WEEK_START))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody()
                .get("id").asString();
    }

    /** Marks with every knowledge item GOOD, no terminology problem, and the given service deductions. */
    public static Map<String, Object> marks(List<Map<String, Object>> service) {
        Map<String, Object> good = Map.of("rating", "GOOD");
        return Map.of("knowledge", Map.of("fundamental", Collections.nCopies(5, good),
                        "technical", Collections.nCopies(5, good), "advice", List.of(good)),
                "terminology", Map.of("lookedUp", false, "wrongAnswers", 0), "service", service);
    }

    /** Scores a call (a fresh call reference) of the week; {@code replaces} may be null. */
    public static WebTestClient.ResponseSpec score(WebTestClient qa, String week, String callRef, String date,
                                                   String replaces, Map<String, Object> marks) {
        Map<String, Object> body = new HashMap<>();
        body.put("callRef", callRef != null ? callRef : "rec-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("callDate", date);
        body.put("marks", marks);
        if (replaces != null) {
            body.put("replaces", replaces);
        }
        return qa.post().uri("/api/v1/qa/weeks/{id}/calls", week).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    /**
     * Completes the week's daily sample with calls scored {@code service}: each working day gets PER_DAY counted
     * calls, less those already counted on it ({@code alreadyCounted}, one entry per call). One client (one
     * token) for all the calls.
     */
    public static void fill(WebTestClient qa, String week, List<Map<String, Object>> service,
                            String... alreadyCounted) {
        Map<String, Object> marks = marks(service);
        for (String day : DAYS) {
            int have = Collections.frequency(List.of(alreadyCounted), day);
            for (int i = have; i < PER_DAY; i++) {
                score(qa, week, null, day, null, marks).expectStatus().isOk();
            }
        }
    }
}
