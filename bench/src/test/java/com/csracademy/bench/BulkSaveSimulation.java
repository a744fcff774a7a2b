package com.csracademy.bench;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The Moodle web-service shape: start a 20-question practice attempt ({@code bench-twenty}), save all its
 * answers in ONE {@code PUT /api/v1/attempts/{id}/answers}, submit. Closed workload: exactly {@code users}
 * virtual users (default 16), each a distinct trainee of the {@code bulk} feeder, looping back to back (no
 * think time) for {@code durationSeconds} (default 60). Attempts/s is the submit rate.
 */
public class BulkSaveSimulation extends Simulation {

    private final int users = Bench.intProp("users", 16);
    private final Duration duration = Bench.seconds("durationSeconds", 60);
    private final String exam = System.getProperty("exam", "bench-twenty");

    private final ScenarioBuilder bulk = scenario("bulk-save-" + users)
            .feed(csv(Bench.feeder(System.getProperty("dataSet", "bulk"))).queue())
            .during(duration).on(
                    exitBlockOnFail().on(
                            exec(http("start").post("/api/v1/exams/" + exam + "/attempts")
                                    .check(status().in(200, 201), jsonPath("$.id").saveAs("attemptId"),
                                            bodyString().saveAs("attempt"))),
                            exec(session -> session.set("answers", Answers.bulk(session.getString("attempt")))
                                    .remove("attempt")),
                            exec(http("save all").put("/api/v1/attempts/#{attemptId}/answers")
                                    .body(StringBody("#{answers}"))
                                    .check(status().is(200), jsonPath("$.saved").exists())),
                            exec(http("submit").post("/api/v1/attempts/#{attemptId}/submit")
                                    .check(status().is(200), jsonPath("$.result").exists()))));

    {
        setUp(bulk.injectOpen(atOnceUsers(users)))
                .protocols(Bench.protocol())
                .maxDuration(duration.plusSeconds(60));
    }
}
