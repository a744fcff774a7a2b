package com.csracademy.webapp;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front end's API types are generated from {@code frontend/openapi.json} (openapi-typescript), so that file
 * must be the document this backend serves at {@code /v3/api-docs}. This test fetches it, normalises it and
 * compares. After an API change: {@code mvn -q -B test -Dtest=OpenApiDocumentTest -Dfuzz.skip=true
 * -Dopenapi.write=true}, then {@code npm run api:types} in frontend/, and commit both files.
 *
 * <p>Normalised: object keys sorted, two-space indentation, one trailing newline; {@code servers} removed (the
 * generated URL carries the test's random port, and the front end calls relative paths); {@code operationId}
 * removed (springdoc numbers clashing method names, {@code list_1}, in handler registration order, which is not a
 * stable fact of the API and which the front end does not use).
 */
class OpenApiDocumentTest extends ApiTest {

    static final Path FILE = Path.of("../frontend/openapi.json");
    static final String HOW_TO_REFRESH = "the API changed: run mvn -q -B test -Dtest=OpenApiDocumentTest"
            + " -Dfuzz.skip=true -Dopenapi.write=true and commit frontend/openapi.json (then npm run api:types"
            + " in frontend/ and commit src/api/schema.d.ts)";

    @Autowired
    JsonMapper json;

    @Test
    void theCommittedDocumentIsTheServedOne() throws Exception {
        String served = web.get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        String normalised = normalise(served);
        assertThat(normalised).as("the document has the API's paths").contains("\"/api/v1/me\"");

        String committed = Files.exists(FILE) ? Files.readString(FILE, StandardCharsets.UTF_8) : "";
        if (Boolean.getBoolean("openapi.write") && !committed.equals(normalised)) {
            Files.writeString(FILE, normalised, StandardCharsets.UTF_8);
            committed = normalised;
        }
        assertThat(committed).as(HOW_TO_REFRESH).isEqualTo(normalised);
    }

    @Test
    void normalisingSortsKeysAndDropsWhatVariesPerRun() {
        String a = normalise("{\"servers\":[{\"url\":\"http://127.0.0.1:41234\"}],\"paths\":{\"/b\":{\"get\":"
                + "{\"operationId\":\"list_1\",\"summary\":\"x\"}},\"/a\":{}},\"openapi\":\"3.1.0\"}");
        String b = normalise("{\"openapi\":\"3.1.0\",\"paths\":{\"/a\":{},\"/b\":{\"get\":{\"summary\":\"x\","
                + "\"operationId\":\"list_2\"}}},\"servers\":[{\"url\":\"http://127.0.0.1:50001\"}]}");
        assertThat(a).isEqualTo(b).isEqualTo("""
                {
                  "openapi": "3.1.0",
                  "paths": {
                    "/a": {},
                    "/b": {
                      "get": {
                        "summary": "x"
                      }
                    }
                  }
                }
                """);
    }

    String normalise(String document) {
        Map<String, Object> tree = json.readValue(document, new TypeReference<Map<String, Object>>() { });
        tree.remove("servers");
        StringBuilder out = new StringBuilder();
        write(withoutOperationIds(tree), "", out);
        return out.append('\n').toString();
    }

    @SuppressWarnings("unchecked")
    private static Object withoutOperationIds(Object node) {
        if (node instanceof Map) {
            Map<String, Object> sorted = new TreeMap<>();
            ((Map<String, Object>) node).forEach((key, value) -> {
                if (!key.equals("operationId")) {
                    sorted.put(key, withoutOperationIds(value));
                }
            });
            return sorted;
        }
        if (node instanceof List) {
            return ((List<Object>) node).stream().map(OpenApiDocumentTest::withoutOperationIds).toList();
        }
        return node;
    }

    /** JSON as {@code JSON.stringify(value, null, 2)} writes it: readable diffs, one value per line. */
    @SuppressWarnings("unchecked")
    private void write(Object node, String indent, StringBuilder out) {
        String inner = indent + "  ";
        if (node instanceof Map && !((Map<String, Object>) node).isEmpty()) {
            out.append("{\n");
            String separator = "";
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) node).entrySet()) {
                out.append(separator).append(inner).append(json.writeValueAsString(entry.getKey())).append(": ");
                write(entry.getValue(), inner, out);
                separator = ",\n";
            }
            out.append('\n').append(indent).append('}');
        } else if (node instanceof List && !((List<Object>) node).isEmpty()) {
            out.append("[\n");
            String separator = "";
            for (Object element : (List<Object>) node) {
                out.append(separator).append(inner);
                write(element, inner, out);
                separator = ",\n";
            }
            out.append('\n').append(indent).append(']');
        } else if (node instanceof Map) {
            out.append("{}");
        } else if (node instanceof List) {
            out.append("[]");
        } else {
            out.append(json.writeValueAsString(node));
        }
    }
}
