package com.csracademy.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.csracademy.support.FormValues;
import com.csracademy.CsrAcademyApplication;
import com.csracademy.security.DevTokenIssuer;
import com.csracademy.security.SubjectResolver;
import com.csracademy.shared.StartupTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Fills a store through the API, exports it with {@code academy.backup.export}, restores the export into a new
 * store with {@code academy.backup.restore}, and compares the API's answers; a restore into a store that holds
 * data is refused. Runs on embedded file stores (with a real MongoDB use mongodump/mongorestore, see
 * docs/operations.md).
 */
@DisabledIfEnvironmentVariable(named = "ACADEMY_TEST_MONGODB_URI", matches = ".+")
class BackupRestoreTest {

    @TempDir
    Path dir;

    private ConfigurableApplicationContext start(String store, String... extra) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--academy.store.embedded.path=" + dir.resolve(store),
                "--academy.security.dev-issuer.key-file=" + dir.resolve("key.json"),
                "--academy.certification.signing-key-file=" + dir.resolve("credential-key.json"),
                "--academy.backup.exit=false",
                "--logging.level.root=warn"));
        args.addAll(List.of(extra));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CsrAcademyApplication.class)
                .run(args.toArray(String[]::new));
        context.getBean(StartupTasks.class).completion().block(Duration.ofSeconds(120));
        return context;
    }

    private static WebTestClient as(ConfigurableApplicationContext context, String personId) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        String token = context.getBean(SubjectResolver.class).signInCandidate(personId)
                .map(p -> context.getBean(DevTokenIssuer.class).issue(p).accessToken())
                .block(Duration.ofSeconds(10));
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30))
                .defaultHeader("Authorization", "Bearer " + token).build();
    }

    @Test
    void anExportRestoredIntoAnEmptyStoreAnswersTheSame() throws Exception {
        String trainee = "tb-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, JsonNode> before;
        ConfigurableApplicationContext original = start("original.mv");
        try {
            fill(original, trainee);
            before = answers(original, trainee);
        } finally {
            original.close();
        }

        Path backup = dir.resolve("backup");
        start("original.mv", "--academy.backup.export=" + backup).close();
        assertThat(backup.resolve("manifest.json")).exists();
        System.out.println("BACKUP-MANIFEST " + Files.readString(backup.resolve("manifest.json")).replaceAll("\\s+", " "));
        try (var files = Files.list(backup)) {
            assertThat(files.filter(f -> f.toString().endsWith(".jsonl.gz")).count()).isGreaterThan(5);
        }

        ConfigurableApplicationContext restored = start("restored.mv", "--academy.backup.restore=" + backup);
        try {
            Map<String, JsonNode> after = answers(restored, trainee);
            assertThat(after.keySet()).isEqualTo(before.keySet());
            for (String what : before.keySet()) {
                assertThat(after.get(what)).as(what).isEqualTo(before.get(what));
            }
        } finally {
            restored.close();
        }

        assertThatThrownBy(() -> start("original.mv", "--academy.backup.restore=" + backup).close())
                .hasStackTraceContaining("Refusing to restore into a store that is not empty");
    }

    private void fill(ConfigurableApplicationContext app, String trainee) {
        String mentor = "mb-" + UUID.randomUUID().toString().substring(0, 8);
        WebTestClient admin = as(app, "admin");
        for (String[] person : new String[][] {{trainee, "TRAINEE"}, {mentor, "MENTOR"}}) {
            admin.post().uri("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("id", person[0], "subject", "sub-" + person[0], "username", person[0],
                            "name", "测试" + person[0], "roles", List.of(person[1]), "departmentId", "csc"))
                    .exchange().expectStatus().isCreated();
        }
        WebTestClient ts1 = as(app, "ts1");
        ts1.post().uri("/api/v1/trainees").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("personId", trainee, "category", "A", "cohortId", "c2026-11", "startDate", "2026-11-02"))
                .exchange().expectStatus().isCreated();
        ts1.post().uri("/api/v1/mentorships").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", trainee, "mentorId", mentor, "reason", "backup test"))
                .exchange().expectStatus().isCreated();
        WebTestClient me = as(app, trainee);
        JsonNode attempt = me.post().uri("/api/v1/exams/knowledge-assessment/attempts").exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        String id = attempt.get("id").asString();
        Map<String, Object> answers = new LinkedHashMap<>();
        attempt.get("questions").forEach(q -> {
            String type = q.get("type").asString();
            if (type.equals("MULTIPLE_CHOICE") || type.equals("MULTIPLE_ANSWER")) {
                answers.put(q.get("questionId").asString(), Map.of("choices", List.of(0)));
            } else if (type.equals("TRUE_FALSE")) {
                answers.put(q.get("questionId").asString(), Map.of("value", true));
            }
        });
        me.put().uri("/api/v1/attempts/{id}/answers", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("answers", answers)).exchange().expectStatus().isOk();
        me.post().uri("/api/v1/attempts/{id}/submit", id).exchange().expectStatus().isOk();
        // a form is for a day of a step that asks for it: the department head moves the trainee on to the
        // monitoring step today, where others' recordings are analysed, then to the trading-hours step (own calls)
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        for (String[] step : new String[][] {{"monitoring", "OTHERS_RECORDING"}, {"golive-trading", "OWN_TYPICAL_CALL"}}) {
            as(app, "head").post().uri("/api/v1/trainees/{id}/journey/override", trainee)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("action", "MOVE_TO_STEP", "stepId", step[0], "reason", "backup test"))
                    .exchange().expectStatus().isOk();
            me.post().uri("/api/v1/trainees/{id}/forms", trainee).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("definitionId", "post-call-analysis", "day", today,
                            "values", FormValues.postCall(step[1]), "draft", false))
                    .exchange().expectStatus().isCreated();
        }
    }

    /** The API's answers about the trainee and the department, without the fields that tell the time now. */
    private Map<String, JsonNode> answers(ConfigurableApplicationContext app, String trainee) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        WebTestClient head = as(app, "head");
        for (String uri : List.of("/api/v1/trainees/" + trainee + "/journey", "/api/v1/trainees/" + trainee + "/forms",
                "/api/v1/trainees/" + trainee + "/attempts", "/api/v1/trainees/" + trainee + "/knowledge-assessments",
                "/api/v1/cohorts", "/api/v1/people")) {
            JsonNode body = head.get().uri(uri).exchange().expectStatus().isOk()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            answers.put(uri, withoutClock(body));
        }
        return answers;
    }

    private static JsonNode withoutClock(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("serverTime", "secondsLeft"));
        }
        for (Iterator<JsonNode> children = node.iterator(); children.hasNext(); ) {
            withoutClock(children.next());
        }
        return node;
    }
}
