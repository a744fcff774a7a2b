package com.csracademy.reporting;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.progression.KnowledgeResult;
import com.csracademy.progression.Progression;
import com.csracademy.quiz.KnowledgeAssessed;
import com.csracademy.quiz.persistence.KnowledgeAssessmentDocument;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A fresh cohort per test (the context and its store are shared), its trainees and their evidence. */
final class ReportingFixture {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Function<String, WebTestClient> as;
    private final ReactiveMongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final Progression progression;

    ReportingFixture(Function<String, WebTestClient> as, ReactiveMongoTemplate mongo, ApplicationEventPublisher events,
                     Progression progression) {
        this.as = as;
        this.mongo = mongo;
        this.events = events;
        this.progression = progression;
    }

    static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    String cohort() {
        String id = "rc-" + UUID.randomUUID().toString().substring(0, 8);
        as.apply("ts1").post().uri("/api/v1/cohorts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "name", "报表测试批次 " + id, "departmentId", "csc", "startDate", today()))
                .exchange().expectStatus().isCreated();
        return id;
    }

    String person(String role, String department) {
        String id = role.substring(0, 2).toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        as.apply("admin").post().uri("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "subject", "sub-" + id, "username", id, "name", "测试" + id,
                        "roles", List.of(role), "departmentId", department))
                .exchange().expectStatus().isCreated();
        return id;
    }

    String trainee(String cohort, String category, LocalDate startDate) {
        String id = person("TRAINEE", "csc");
        as.apply("ts1").post().uri("/api/v1/trainees").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("personId", id, "category", category, "cohortId", cohort, "startDate", startDate))
                .exchange().expectStatus().isCreated();
        return id;
    }

    String mentor(String trainee) {
        String mentor = person("MENTOR", "csc");
        as.apply("ts1").post().uri("/api/v1/mentorships").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", trainee, "mentorId", mentor, "reason", "一对一指导"))
                .exchange().expectStatus().isCreated();
        return mentor;
    }

    /**
     * A graded knowledge sitting as the quiz module records and publishes it: the stored assessment, then
     * progression's contract, then the {@link KnowledgeAssessed} event.
     */
    void knowledge(String trainee, int sitting, String... scores) {
        Map<KnowledgeArea, BigDecimal> areas = new EnumMap<>(KnowledgeArea.class);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < scores.length; i++) {
            areas.put(KnowledgeArea.values()[i], new BigDecimal(scores[i]));
            sum = sum.add(new BigDecimal(scores[i]));
        }
        BigDecimal average = sum.divide(BigDecimal.valueOf(scores.length));
        String attempt = UUID.randomUUID().toString();
        Instant now = Instant.now();
        mongo.insert(new KnowledgeAssessmentDocument(attempt, trainee, sitting, EnumSet.copyOf(areas.keySet()), areas,
                average, now, now)).block(Duration.ofSeconds(10));
        progression.knowledgeAssessed(new KnowledgeResult("knowledge:" + attempt, trainee, areas, average, sitting, now))
                .block(Duration.ofSeconds(10));
        events.publishEvent(new KnowledgeAssessed(attempt, trainee, areas, average, areas.keySet(), sitting, now));
    }

    String submittedForm(String trainee) {
        Map<String, Object> values = Map.of("source", "OTHERS_RECORDING", "callTime", "2026-11-03T10:15:00+08:00",
                "recordingRef", "REC-" + UUID.randomUUID().toString().substring(0, 8),
                "businessType", "THIRD_PARTY_CUSTODY", "clientRequest", "客户询问银证转账到账时间",
                "handling", "说明交易时间内实时到账，核实银行卡状态", "servicePhrases", List.of("GREETING", "THANKS", "CLOSING"),
                "wentWell", "开头问候语规范", "errorsAndBlindSpots", "未复述确认客户需求", "toLearn", "第三方存管转账时间规则");
        return (String) as.apply(trainee).post().uri("/api/v1/trainees/{id}/forms", trainee)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("definitionId", "post-call-analysis", "day", today(), "values", values, "draft", false))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
    }

    void call(String trainee, String callId, boolean monitoredBy, String mentor) {
        LocalDate day = today();
        as.apply(trainee).post().uri("/api/v1/trainees/{id}/calls", trainee).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("callId", callId, "start", day + "T10:00:00+08:00", "end", day + "T10:04:00+08:00",
                        "businessType", "FUNDS"))
                .exchange().expectStatus().isCreated();
        if (monitoredBy) {
            as.apply(mentor).post().uri("/api/v1/trainees/{id}/calls/{call}/monitored", trainee, callId)
                    .exchange().expectStatus().isOk();
        }
    }
}
