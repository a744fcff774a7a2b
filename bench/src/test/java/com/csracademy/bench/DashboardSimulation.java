package com.csracademy.bench;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * The department head's cohort dashboard over the {@link DashboardData} set: {@code users} (default 4) virtual
 * heads, back to back for {@code durationSeconds} (default 30), each opening the dashboard as the page does — the
 * summary, the first page of the at-risk list and the first page of the overdue list ({@code size}, default 20).
 */
public class DashboardSimulation extends Simulation {

    private final int users = Bench.intProp("users", 4);
    private final Duration duration = Bench.seconds("durationSeconds", 30);
    private final int size = Bench.intProp("size", 20);

    private final ScenarioBuilder dashboard = scenario("dashboard")
            .feed(csv(Bench.feeder("dashboard")).circular())
            .during(duration).on(
                    exec(http("summary").get("/api/v1/reports/cohorts/#{cohortId}/summary")
                            .check(status().is(200), jsonPath("$.trainees").exists()))
                            .exec(http("at-risk, first page").get("/api/v1/reports/cohorts/#{cohortId}/at-risk?page=0&size=" + size)
                                    .check(status().is(200), jsonPath("$.total").exists()))
                            .exec(http("overdue, first page").get("/api/v1/reports/cohorts/#{cohortId}/overdue?page=0&size=" + size)
                                    .check(status().is(200), jsonPath("$.total").exists())));

    {
        setUp(dashboard.injectOpen(atOnceUsers(users)))
                .protocols(Bench.protocol())
                .maxDuration(duration.plusSeconds(60));
    }
}
