package com.csracademy.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed requests everywhere: a corpus of bad bodies posted to every write operation of the OpenAPI
 * document, by a caller the access matrix allows, must never answer 5xx and must answer a problem.
 */
class BadInputApiTest extends ApiTest {

    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Autowired
    Environment environment;

    @Autowired
    JsonMapper json;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void malformedJsonIs400NamingTheLineAndColumn() {
        as("admin").post().uri("/api/v1/cohorts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\n  \"id\": \"c-x\",\n  \"name\": }").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/unreadable-request")
                .jsonPath("$.line").isEqualTo(3)
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("line 3, column"));
    }

    @Test
    void unknownFieldIs400NamingTheField() {
        as("admin").post().uri("/api/v1/cohorts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", "c-x", "name", "x", "departmentId", "csc", "startDate", "2026-12-01",
                        "colour", "red")).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/unknown-field")
                .jsonPath("$.errors[0].field").isEqualTo("colour");
    }

    @Test
    void aValueOfTheWrongTypeNamesTheField() {
        as("admin").post().uri("/api/v1/cohorts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"id\": \"c-x\", \"name\": \"x\", \"departmentId\": \"csc\", \"startDate\": [1]}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("startDate");
    }

    @Test
    void wrongContentTypeIs415Problem() {
        as("admin").post().uri("/api/v1/cohorts").contentType(MediaType.APPLICATION_XML)
                .bodyValue("<cohort/>").exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/unsupported-media-type");
    }

    @Test
    void aBodyOverTheLimitIs413Problem() {
        String huge = "{\"id\": \"c-x\", \"name\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";
        as("admin").post().uri("/api/v1/cohorts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(huge).exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/payload-too-large")
                .jsonPath("$.detail").value(d -> org.assertj.core.api.Assertions.assertThat((String) d)
                        .endsWith("at most 2097152 are accepted"));
        as("admin").get().uri("/api/v1/cohorts").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.id == 'c-x')]").doesNotExist();
    }

    @Test
    void hugePageSizesAreCapped() {
        as("admin").get().uri("/api/v1/people?size=100000&page=0").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.size").isEqualTo(200);
    }

    @Test
    void pathIdsOfTheWrongShapeAre400Problems() {
        as("admin").get().uri("/api/v1/attempts/not-a-uuid").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        as("admin").get().uri("/api/v1/calendars/year-two").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        as("admin").get().uri("/api/v1/trainees/{id}", "bad id!").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    /** What Spring Security's firewall refuses is a 400 problem that does not repeat the refused header value. */
    @Test
    void requestsTheFirewallRefusesAre400Problems() {
        web.get().uri("/api/v1/ping").header("Authorization", "Bearer secret\u0085part").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/rejected-request")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("refused")
                        .doesNotContain("secret"));
        as("t01").get().uri("/api/v1/ping;jsessionid=1").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/rejected-request");
        as("t01").get().uri("/api/v1/ping").exchange().expectStatus().isOk();
    }

    @Test
    void theCorpusOfMalformedBodiesNeverAnswers5xxAndAlwaysAProblem() throws Exception {
        String base = "http://localhost:" + environment.getProperty("local.server.port");
        OpenApiOperations api = new OpenApiOperations(json.readTree(http.send(
                HttpRequest.newBuilder(URI.create(base + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString()).body()));
        AccessMatrix matrix = AccessMatrix.load();
        Map<String, String> tokens = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (OpenApiOperations.Operation op : api.operations()) {
            if (!op.jsonBody()) {
                continue;
            }
            String caller = allowedCaller(matrix.outcomes(op.method(), op.path()));
            if (caller == null) {
                continue;
            }
            String token = caller.equals("anonymous") ? null
                    : tokens.computeIfAbsent(caller, this::tokenFor);
            String uri = base + op.concretePath((path, variable) -> "mx-unknown");
            for (Map.Entry<String, String> bad : corpus(op).entrySet()) {
                requests++;
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", MediaType.APPLICATION_JSON_VALUE)
                        .method(op.method(), HttpRequest.BodyPublishers.ofString(bad.getValue()));
                if (token != null) {
                    request.header("Authorization", "Bearer " + token);
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                String type = response.headers().firstValue("Content-Type").orElse("");
                if (response.statusCode() >= 500 || response.statusCode() < 400 || !type.startsWith(PROBLEM)) {
                    failures.add(op.key() + " with " + bad.getKey() + " as " + caller + ": "
                            + response.statusCode() + " " + type + " "
                            + response.body().substring(0, Math.min(200, response.body().length())));
                }
            }
        }
        assertThat(failures).as("malformed requests not answered with a 4xx problem (of %d)", requests).isEmpty();
        assertThat(requests).isGreaterThan(100);
    }

    /** Bad bodies for the operation: each one is malformed, of the wrong type, or carries an unknown field. */
    private Map<String, String> corpus(OpenApiOperations.Operation op) {
        Object sample = op.sampleBody("mx-unknown");
        Map<String, String> corpus = new LinkedHashMap<>();
        corpus.put("not JSON", "this is not JSON");
        corpus.put("truncated JSON", "{\"a\": ");
        corpus.put("empty body", "");
        corpus.put("JSON null", "null");
        corpus.put("a number", "42");
        corpus.put("a string", "\"text\"");
        corpus.put("an array", "[1, 2, 3]");
        corpus.put("deeply nested arrays", "[".repeat(5000) + "]".repeat(5000));
        corpus.put("a huge string", "\"" + "长".repeat(200_000) + "\"");
        corpus.put("invalid UTF-8", new String(new byte[]{'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'},
                java.nio.charset.StandardCharsets.ISO_8859_1));
        if (sample instanceof Map<?, ?> fields) {
            Map<String, Object> unknown = new LinkedHashMap<>();
            fields.forEach((k, v) -> unknown.put((String) k, v));
            unknown.put("mxUnknownField", "x");
            corpus.put("an unknown field", json.writeValueAsString(unknown));
            for (Object field : fields.keySet()) {
                Map<String, Object> wrongType = new LinkedHashMap<>();
                fields.forEach((k, v) -> wrongType.put((String) k, v));
                wrongType.put((String) field, Map.of("nested", List.of(1, 2)));
                corpus.put("an object for '" + field + "'", json.writeValueAsString(wrongType));
            }
            if (!fields.isEmpty()) {
                Map<String, Object> nulls = new LinkedHashMap<>();
                fields.keySet().forEach(k -> nulls.put((String) k, null));
                corpus.put("required fields null", json.writeValueAsString(nulls));
            }
        }
        return corpus;
    }

    private static String allowedCaller(String[] outcomes) {
        if (outcomes == null) {
            return null;
        }
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i].equals("allow")) {
                // the matrix's fixture trainee and mentor stand for their roles; the path ids here are unknown anyway
                String caller = AccessMatrix.CALLERS.get(i);
                return caller.equals("trainee") ? "t01" : caller.equals("mentor") ? "m01" : caller;
            }
        }
        return null;
    }
}
