package com.csracademy.bench;

import java.time.Duration;
import java.util.List;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * An exam sitting: {@code users} trainees (default 200), each a distinct person from the {@code dataSet}
 * feeder (default {@code exam}; one knowledge attempt per trainee and exam), all at once (or over
 * {@code rampSeconds}): start {@code exam} (default {@code knowledge-assessment}, 40 questions), autosave
 * every answer with its own {@code PUT /api/v1/attempts/{id}/answers/{questionId}} (after {@code thinkMs},
 * default 0: back to back), submit.
 */
public class ExamSimulation extends Simulation {

    private final int users = Bench.intProp("users", 200);
    private final int rampSeconds = Bench.intProp("rampSeconds", 0);
    private final int thinkMs = Bench.intProp("thinkMs", 0);
    private final String exam = System.getProperty("exam", "knowledge-assessment");
    private final String dataSet = System.getProperty("dataSet", "exam");

    private final ChainBuilder autosave = exec(session -> {
        List<String[]> answers = session.getList("answers");
        String[] answer = answers.get(session.getInt("i"));
        return session.set("questionId", answer[0]).set("answer", answer[1]);
    }).exec(http("autosave").put("/api/v1/attempts/#{attemptId}/answers/#{questionId}")
            .body(StringBody("#{answer}"))
            .check(status().is(200)));

    private final ScenarioBuilder sitting = scenario("exam")
            .feed(csv(Bench.feeder(dataSet)).queue())
            .exec(http("start").post("/api/v1/exams/" + exam + "/attempts")
                    .check(status().in(200, 201), jsonPath("$.id").saveAs("attemptId"),
                            bodyString().saveAs("attempt")))
            .exitHereIfFailed()
            .exec(session -> {
                List<String[]> answers = Answers.perQuestion(session.getString("attempt"));
                return session.remove("attempt").set("answers", answers).set("count", answers.size());
            })
            .repeat(session -> session.getInt("count"), "i").on(
                    thinkMs > 0 ? pause(Duration.ofMillis(thinkMs)).exec(autosave) : autosave)
            .exec(http("submit").post("/api/v1/attempts/#{attemptId}/submit")
                    .check(status().is(200), jsonPath("$.result").exists()));

    {
        setUp(sitting.injectOpen(rampSeconds > 0 ? rampUsers(users).during(rampSeconds) : atOnceUsers(users)))
                .protocols(Bench.protocol())
                .maxDuration(Bench.seconds("maxSeconds", 600));
    }
}
