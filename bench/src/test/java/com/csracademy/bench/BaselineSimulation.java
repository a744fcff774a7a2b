package com.csracademy.bench;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The baseline: {@code GET /api/v1/ping}, the cheapest authenticated call (JWT validation, the person lookup,
 * the security chain, a tiny JSON body). Closed workload: {@code users} virtual users (default 32), each
 * calling back to back for {@code durationSeconds} (default 30). Every other scenario's throughput is
 * reported as a ratio to this one's requests/s, measured in the same session on the same machine.
 */
public class BaselineSimulation extends Simulation {

    private final int users = Bench.intProp("users", 32);
    private final Duration duration = Bench.seconds("durationSeconds", 30);

    private final ScenarioBuilder baseline = scenario("baseline")
            .feed(csv(Bench.feeder(System.getProperty("dataSet", "bulk"))).circular())
            .during(duration).on(
                    exec(http("ping").get("/api/v1/ping").check(status().is(200))));

    {
        setUp(baseline.injectOpen(atOnceUsers(users)))
                .protocols(Bench.protocol())
                .maxDuration(duration.plusSeconds(60));
    }
}
