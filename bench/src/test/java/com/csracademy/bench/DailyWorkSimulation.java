package com.csracademy.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Daily work at the monitoring step: trainees file post-call analysis forms while their mentors review them.
 * Two closed populations, for {@code durationSeconds} (default 60): every trainee of the {@code dataSet} feeder
 * (default {@code daily}; moved to the monitoring step and paired with a mentor by {@link DataGenerator}) files a
 * submitted form ({@code POST /api/v1/trainees/{id}/forms}) every {@code fileEveryMs} (default 1000); every mentor
 * of {@code <dataSet>-mentors.csv} fetches the review queue ({@code GET /api/v1/mentors/me/review-queue}), accepts up
 * to {@code reviewsPerVisit} (default 5) of the forms in it ({@code POST /api/v1/forms/{id}/review}), and pauses
 * {@code mentorPauseMs} (default 500) when the queue was empty.
 */
public class DailyWorkSimulation extends Simulation {

    private final String dataSet = System.getProperty("dataSet", "daily");
    private final int trainees = Bench.intProp("trainees", 16);
    private final int mentors = Bench.intProp("mentors", 16);
    private final Duration duration = Bench.seconds("durationSeconds", 60);
    private final Duration fileEvery = Duration.ofMillis(Bench.intProp("fileEveryMs", 1000));
    private final Duration mentorPause = Duration.ofMillis(Bench.intProp("mentorPauseMs", 500));
    private final int reviewsPerVisit = Bench.intProp("reviewsPerVisit", 5);
    private final String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();

    private static final String FORM = """
            {"definitionId": "post-call-analysis", "day": "%s", "draft": false, "values": {
              "source": "OTHERS_RECORDING", "callTime": "%sT10:15:00+08:00", "recordingRef": "REC-#{personId}-#{n}",
              "businessType": "THIRD_PARTY_CUSTODY", "clientRequest": "客户询问银证转账到账时间",
              "handling": "说明交易时间内实时到账，核实银行卡状态", "servicePhrases": ["GREETING", "THANKS", "CLOSING"],
              "wentWell": "开头问候语规范", "errorsAndBlindSpots": "未复述确认客户需求", "toLearn": "第三方存管转账时间规则"}}""";

    private final ScenarioBuilder filing = scenario("trainees filing")
            .feed(csv(Bench.feeder(dataSet)).queue())
            .exec(session -> session.set("n", 0))
            .during(duration).on(
                    pace(fileEvery)
                            .exec(session -> session.set("n", session.getInt("n") + 1))
                            .exec(http("file form").post("/api/v1/trainees/#{personId}/forms")
                                    .body(StringBody(FORM.formatted(today, today)))
                                    .check(status().is(201), jsonPath("$.id").exists())));

    private final ChainBuilder reviewSome = exec(http("review queue").get("/api/v1/mentors/me/review-queue")
            .check(status().is(200), jsonPath("$[*].id").findAll().optional().saveAs("queue")))
            .doIfOrElse(session -> session.contains("queue")).then(
                    exec(session -> session.set("batch", session.getList("queue").subList(0,
                            Math.min(reviewsPerVisit, session.getList("queue").size()))).remove("queue"))
                            .foreach("#{batch}", "formId").on(
                                    exec(http("review").post("/api/v1/forms/#{formId}/review")
                                            .body(StringBody("{\"decision\": \"ACCEPT\", \"comments\": \"分析到位\"}"))
                                            .check(status().is(200)))))
            .orElse(pause(mentorPause));

    private final ScenarioBuilder reviewing = scenario("mentors reviewing")
            .feed(csv(Bench.feeder(dataSet + "-mentors")).queue())
            .during(duration).on(reviewSome);

    {
        setUp(filing.injectOpen(atOnceUsers(trainees)), reviewing.injectOpen(atOnceUsers(mentors)))
                .protocols(Bench.protocol())
                .maxDuration(duration.plusSeconds(60));
    }
}
