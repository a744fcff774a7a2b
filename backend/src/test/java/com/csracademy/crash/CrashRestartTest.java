package com.csracademy.crash;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.csracademy.support.FormValues;
import com.csracademy.CsrAcademyApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts the application in a separate JVM on a data folder of its own, streams acknowledged exam autosaves and
 * form submissions at it over HTTP, kills it with SIGKILL mid-stream, starts it again on the same folder and
 * counts which acknowledged writes survived. With {@code ACADEMY_TEST_MONGODB_URI} set the child uses that
 * MongoDB (a fresh database) and every acknowledged write must survive; on the embedded file store the writes
 * lost must all be from the last {@link #EMBEDDED_LOSS_WINDOW} before the kill.
 */
class CrashRestartTest {

    /** The embedded store commits every {@code academy.store.embedded.auto-commit-ms} (500 ms); see ADR 0001. */
    static final Duration EMBEDDED_LOSS_WINDOW = Duration.ofMillis(1000);
    private static final Duration STREAM = Duration.ofSeconds(4);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String mongoUri = System.getenv("ACADEMY_TEST_MONGODB_URI");
    private final String database = "academy-crash-" + UUID.randomUUID();
    private String base;

    @Test
    void acknowledgedWritesSurviveAHardKill() throws Exception {
        int port = freePort();
        base = "http://127.0.0.1:" + port;
        Process first = start(port, "first");
        List<Ack> autosaves = Collections.synchronizedList(new ArrayList<>());
        List<Ack> forms = Collections.synchronizedList(new ArrayList<>());
        String trainee;
        String traineeToken;
        String filer;
        String filerToken;
        String attemptId;
        long killedAt;
        try {
            awaitReady(first);
            String admin = token("admin");
            String ts1 = token("ts1");
            trainee = "tcrash-" + UUID.randomUUID().toString().substring(0, 8);
            String mentor = "mcrash-" + UUID.randomUUID().toString().substring(0, 8);
            register(admin, trainee, "TRAINEE");
            register(admin, mentor, "MENTOR");
            send("POST", "/api/v1/trainees", ts1, Map.of("personId", trainee, "category", "A",
                    "cohortId", "c2026-11", "startDate", "2026-11-02"), 201);
            send("POST", "/api/v1/mentorships", ts1, Map.of("traineeId", trainee, "mentorId", mentor,
                    "reason", "crash test"), 201);
            traineeToken = token(trainee);
            // forms are for days of a step that asks for them: a second trainee, in the monitoring step since today,
            // files them (the first one is in the classroom, sitting the knowledge assessment)
            filer = "fcrash-" + UUID.randomUUID().toString().substring(0, 8);
            register(admin, filer, "TRAINEE");
            send("POST", "/api/v1/trainees", ts1, Map.of("personId", filer, "category", "A",
                    "cohortId", "c2026-11", "startDate", "2026-11-02"), 201);
            send("POST", "/api/v1/trainees/" + filer + "/journey/override", token("head"), Map.of("action",
                    "MOVE_TO_STEP", "stepId", "monitoring", "reason", "crash test: forms in the monitoring step"), 200);
            filerToken = token(filer);
            String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
            JsonNode attempt = send("POST", "/api/v1/exams/knowledge-assessment/attempts", traineeToken, null, 201);
            attemptId = attempt.get("id").asString();
            List<JsonNode> questions = new ArrayList<>();
            // questions whose answer can carry the autosave's sequence number, so the survivor is identifiable
            attempt.get("questions").forEach(q -> {
                if (List.of("SHORT_ANSWER", "ESSAY", "NUMERICAL").contains(q.get("type").asString())) {
                    questions.add(q);
                }
            });
            assertThat(questions).as("text or numerical questions in the attempt").isNotEmpty();

            AtomicBoolean streaming = new AtomicBoolean(true);
            ExecutorService writers = Executors.newFixedThreadPool(2);
            String token = traineeToken;
            String formsToken = filerToken;
            String formsOf = filer;
            java.util.concurrent.Future<?> autosaving = writers.submit(() -> {
                for (int i = 0; streaming.get(); i++) {
                    JsonNode q = questions.get(i % questions.size());
                    String qid = q.get("questionId").asString();
                    JsonNode saved = trySend("PUT", "/api/v1/attempts/" + attemptId + "/answers/" + qid, token,
                            answerFor(q, i));
                    if (saved != null) {
                        autosaves.add(new Ack(qid, i, System.nanoTime()));
                    }
                }
            });
            java.util.concurrent.Future<?> filing = writers.submit(() -> {
                for (int i = 0; streaming.get(); i++) {
                    Map<String, Object> values = FormValues.postCall("OTHERS_RECORDING");
                    JsonNode filed = trySend("POST", "/api/v1/trainees/" + formsOf + "/forms", formsToken,
                            Map.of("definitionId", "post-call-analysis", "day", today, "values", values,
                                    "draft", false));
                    if (filed != null) {
                        forms.add(new Ack(filed.get("id").asString(), i, System.nanoTime()));
                    }
                }
            });
            Thread.sleep(STREAM.toMillis());
            killedAt = System.nanoTime();
            first.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no final commit
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            streaming.set(false);
            writers.shutdown();
            assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
            autosaving.get(); // a write refused before the kill fails the test here
            filing.get();
        } finally {
            first.destroyForcibly();
        }
        assertThat(autosaves).as("autosaves acknowledged before the kill").hasSizeGreaterThan(10);
        assertThat(forms).as("forms acknowledged before the kill").hasSizeGreaterThan(3);

        Process second = start(port, "second");
        try {
            awaitReady(second);
            JsonNode attempt = send("GET", "/api/v1/attempts/" + attemptId, traineeToken, null, 200);
            Map<String, Integer> keptSequence = new HashMap<>();
            attempt.get("answers").properties().forEach(e -> keptSequence.put(e.getKey(), sequenceOf(e.getValue())));
            java.util.Set<String> formIds = new java.util.HashSet<>();
            send("GET", "/api/v1/trainees/" + filer + "/forms", filerToken, null, 200)
                    .forEach(f -> formIds.add(f.get("id").asString()));

            List<Ack> lost = new ArrayList<>();
            int autosavesKept = 0;
            for (Ack ack : autosaves) {
                Integer kept = keptSequence.get(ack.id());
                // the answer kept is this autosave's or a later one's to the same question
                if (kept != null && kept >= ack.sequence()) {
                    autosavesKept++;
                } else {
                    lost.add(ack);
                }
            }
            int formsKept = 0;
            for (Ack ack : forms) {
                if (formIds.contains(ack.id())) {
                    formsKept++;
                } else {
                    lost.add(ack);
                }
            }
            long oldestLostMs = lost.stream().mapToLong(a -> (killedAt - a.ackedNanos()) / 1_000_000).max().orElse(0);
            String figures = String.format("store=%s autosaves acked=%d kept=%d; forms acked=%d kept=%d; "
                            + "oldest lost ack %d ms before the kill",
                    mongoUri == null || mongoUri.isBlank() ? "embedded" : "mongodb",
                    autosaves.size(), autosavesKept, forms.size(), formsKept, oldestLostMs);
            System.out.println("CRASH-TEST " + figures);
            Files.writeString(Path.of("target", "crash-test-figures.txt"), figures + System.lineSeparator(),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            if (mongoUri != null && !mongoUri.isBlank()) {
                assertThat(lost).as("with MongoDB every acknowledged write survives").isEmpty();
            } else {
                assertThat(oldestLostMs).as("only writes of the last commit interval may be lost: " + figures)
                        .isLessThanOrEqualTo(EMBEDDED_LOSS_WINDOW.toMillis());
            }
        } finally {
            second.destroy();
            second.waitFor(30, TimeUnit.SECONDS);
            second.destroyForcibly();
        }
    }

    /** An acknowledged write: the question or form id, its sequence number, when the answer arrived. */
    record Ack(String id, int sequence, long ackedNanos) {
    }

    private static int sequenceOf(JsonNode answer) {
        JsonNode number = answer.get("number");
        if (number != null && !number.isNull()) {
            return Integer.parseInt(number.asString());
        }
        String text = answer.get("text").asString();
        return Integer.parseInt(text.substring(text.lastIndexOf(' ') + 1));
    }

    private Process start(int port, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                CsrAcademyApplication.class.getName(),
                "--server.port=" + port,
                "--academy.store.embedded.path=" + dir.resolve("data/academy.mv"),
                "--academy.security.dev-issuer.enabled=true",
                "--academy.security.dev-issuer.key-file=" + dir.resolve("data/dev-issuer-key.json"),
                "--academy.certification.signing-key-file=" + dir.resolve("data/credential-key.json"),
                "--academy.security.rate-limit.dev-sign-in.capacity=1000",
                "--academy.people.demo=true",
                "--logging.level.root=warn"));
        if (mongoUri != null && !mongoUri.isBlank()) {
            command.add("--spring.mongodb.uri=" + mongoUri);
            command.add("--spring.mongodb.database=" + database);
        }
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "crash-test-" + name + ".log").toFile())
                .start();
    }

    private void awaitReady(Process process) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the app process is running; its log is target/crash-test-*.log").isTrue();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the app did not become ready; its log is target/crash-test-*.log");
    }

    private String token(String personId) throws Exception {
        return send("POST", "/api/v1/dev/token", null, Map.of("personId", personId), 200)
                .get("access_token").asString();
    }

    private void register(String adminToken, String id, String role) throws Exception {
        send("POST", "/api/v1/people", adminToken, Map.of("id", id, "subject", "sub-" + id, "username", id,
                "name", "测试" + id, "roles", List.of(role), "departmentId", "csc"), 201);
    }

    private JsonNode send(String method, String path, String token, Object body, int expected) throws Exception {
        HttpResponse<String> r = http.send(request(method, path, token, body), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(expected);
        return JSON.readTree(r.body());
    }

    /** An acknowledged write answers its body; a failed one (the process is gone) answers null. */
    private JsonNode trySend(String method, String path, String token, Object body) {
        try {
            HttpResponse<String> r = http.send(request(method, path, token, body), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new AssertionError(method + " " + path + " answered " + r.statusCode() + ": " + r.body());
            }
            return JSON.readTree(r.body());
        } catch (IOException | InterruptedException gone) {
            return null;
        }
    }

    private HttpRequest request(String method, String path, String token, Object body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b.build();
    }

    /** An answer of the question's shape that carries the sequence number (right or wrong does not matter). */
    private static Map<String, Object> answerFor(JsonNode question, int i) {
        return "NUMERICAL".equals(question.get("type").asString())
                ? Map.of("number", Integer.toString(i))
                : Map.of("text", "答案 " + i);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
