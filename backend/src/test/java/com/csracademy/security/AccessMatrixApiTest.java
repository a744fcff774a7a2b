package com.csracademy.security;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.progression.KnowledgeResult;
import com.csracademy.progression.Progression;
import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls every operation of the OpenAPI document as every caller of {@link AccessMatrix#CALLERS} and compares
 * the outcome class (allowed, 401, 403) with {@code security/access-matrix.csv}. The trainee-scoped
 * operations are called on a fixture trainee of their own ({@code trainee}, with a fixture mentor
 * {@code mentor} — a mentor has one mentee at a time — and placed with bm1): {@code trainee}, {@code mentor}
 * and bm1 are the right trainee, mentor and branch mentor; t01, m01 and bm2 are the wrong ones.
 */
class AccessMatrixApiTest extends ApiTest {

    private static final String UNKNOWN = "mx-unknown";
    private static final String UNKNOWN_UUID = "00000000-0000-4000-8000-00000000abcd";

    @Autowired
    Environment environment;

    @Autowired
    Progression progression;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void everyOperationAnswersEveryCallerAsTheTableSays() throws Exception {
        String base = "http://localhost:" + environment.getProperty("local.server.port");
        OpenApiOperations api = new OpenApiOperations(json.readTree(
                http.send(HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(),
                        HttpResponse.BodyHandlers.ofString()).body()));
        Fixture fixture = fixture();
        JsonNode bodies = json.readTree(getClass().getResourceAsStream("/security/request-bodies.json"));
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String caller : AccessMatrix.CALLERS) {
            if (!caller.equals("anonymous")) {
                tokens.put(caller, tokenFor(caller.equals("trainee") ? fixture.trainee
                        : caller.equals("mentor") ? fixture.mentor : caller));
            }
        }
        AccessMatrix expected = AccessMatrix.load();
        List<String> missing = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        List<String> serverErrors = new ArrayList<>();
        List<String[]> actualRows = new ArrayList<>();
        StringBuilder statuses = new StringBuilder(AccessMatrix.HEADER + "\n");
        for (OpenApiOperations.Operation op : api.operations()) {
            String uri = base + op.concretePath(fixture::pathValue);
            String body = !op.jsonBody() ? null : bodies.has(op.key()) ? json.writeValueAsString(bodies.get(op.key()))
                    : json.writeValueAsString(op.sampleBody(fixture.trainee));
            String[] row = new String[AccessMatrix.CALLERS.size()];
            statuses.append(op.method()).append(',').append(op.path());
            for (int i = 0; i < row.length; i++) {
                String caller = AccessMatrix.CALLERS.get(i);
                int status = call(op, uri, body, tokens.get(caller));
                if (status >= 500) {
                    serverErrors.add(op.key() + " as " + caller + ": " + status);
                }
                row[i] = AccessMatrix.outcome(status);
                statuses.append(',').append(status);
            }
            actualRows.add(row);
            statuses.append('\n');
            String actualRow = AccessMatrix.row(op.method(), op.path(), row);
            String[] wanted = expected.outcomes(op.method(), op.path());
            if (wanted == null) {
                missing.add(actualRow);
            } else if (!String.join(",", wanted).equals(String.join(",", row))) {
                mismatches.add(op.key() + "\n    expected " + String.join(",", wanted)
                        + "\n    actual   " + String.join(",", row));
            }
        }
        List<String> stale = expected.keys().stream()
                .filter(k -> api.operations().stream().noneMatch(op -> op.key().equals(k))).toList();
        Files.writeString(Path.of("target/access-matrix-actual.csv"), AccessMatrix.HEADER + "\n"
                + String.join("\n", api.operations().stream()
                .map(op -> AccessMatrix.row(op.method(), op.path(), actualRows.get(api.operations().indexOf(op))))
                .toList()) + "\n");
        Files.writeString(Path.of("target/access-matrix-statuses.csv"), statuses);
        assertThat(serverErrors).as("server errors while checking access").isEmpty();
        assertThat(missing).as("operations without a row in src/test/resources/security/access-matrix.csv;"
                + " check these observed rows (" + AccessMatrix.HEADER + ") and paste them in").isEmpty();
        assertThat(mismatches).as("outcomes that differ from access-matrix.csv").isEmpty();
        assertThat(stale).as("rows in access-matrix.csv for operations that no longer exist").isEmpty();
        assertThat(api.operations()).hasSizeGreaterThan(50);
    }

    private int call(OpenApiOperations.Operation op, String uri, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
        if (body != null) {
            request.header("Content-Type", MediaType.APPLICATION_JSON_VALUE);
            publisher = HttpRequest.BodyPublishers.ofString(body);
        } else if (op.consumes("text/csv")) {
            request.header("Content-Type", "text/csv");
            publisher = HttpRequest.BodyPublishers.ofString(
                    "callId,start,end,businessType\nmx-1,2026-11-02T09:00:00+08:00,2026-11-02T09:05:00+08:00,开户\n");
        } else if (op.consumes(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            String boundary = "mxboundary";
            request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
            publisher = HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"file\"; filename=\"bank.gift\"\r\n"
                    + "Content-Type: text/plain\r\n\r\n"
                    + "// mx\n::mx-q1::1+1=2? {T}\n\r\n--" + boundary + "--\r\n", StandardCharsets.UTF_8);
        }
        request.method(op.method(), publisher);
        // a stream (server-sent events) never ends: the status is all we need, so the body is not read
        HttpResponse<java.io.InputStream> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }

    /** A trainee with a mentor of their own, past the knowledge stage and placed with bm1: the target of the scoped calls. */
    private Fixture fixture() {
        String trainee = enrolTrainee("mx", "A", "2026-11-02");
        String mentor = registerPerson("mxm", "MENTOR");
        as("ts1").post().uri("/api/v1/trainees/{id}/mentor", trainee).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("mentorId", mentor, "reason", "access matrix fixture")).exchange()
                .expectStatus().isOk();
        Map<KnowledgeArea, BigDecimal> scores = new EnumMap<>(KnowledgeArea.class);
        for (KnowledgeArea area : KnowledgeArea.values()) {
            scores.put(area, new BigDecimal("95"));
        }
        progression.knowledgeAssessed(new KnowledgeResult("k-" + trainee, trainee, scores, new BigDecimal("95"), 1,
                Instant.parse("2026-11-23T06:00:00Z"))).block();
        JsonNode placement = as("ts1").post().uri("/api/v1/shadowing/placements")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", trainee, "branchMentorId", "bm1", "startDate", "2026-11-23"))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        return new Fixture(trainee, mentor, placement.get("id").asString());
    }

    /** The ids put into path templates: the fixture's where the scope matters, well-formed unknown ones elsewhere. */
    record Fixture(String trainee, String mentor, String placement) {

        String pathValue(String path, String variable) {
            if (variable.equals("traineeId") || variable.equals("id") && (path.startsWith("/api/v1/trainees/{id}")
                    || path.startsWith("/api/v1/people/{id}"))) {
                return trainee;
            }
            if (path.startsWith("/api/v1/shadowing/placements/{id}") && variable.equals("id")) {
                return placement;
            }
            if (variable.equals("code")) {
                return "ABCD-EFGH-JKMN-PQRS-TVWX";
            }
            if (path.startsWith("/api/v1/attempts/") && variable.equals("id")
                    || path.startsWith("/api/v1/certificates/{id}") || path.startsWith("/api/v1/qa/calibrations/{id}")
                    || path.startsWith("/api/v1/qa/weeks/") && !variable.equals("traineeId")) {
                return UNKNOWN_UUID;
            }
            if (variable.equals("id") && (path.startsWith("/api/v1/cohorts/{id}")
                    || path.startsWith("/api/v1/reports/{scope}/{id}"))) {
                return "c2026-11";
            }
            switch (variable) {
                case "scope":
                    return "cohorts";
                case "table":
                    return "at-risk";
                case "format":
                    return "csv";
                case "year":
                    return "2099";
                case "number":
                case "version":
                    return "3";
                default:
                    return UNKNOWN;
            }
        }
    }
}
