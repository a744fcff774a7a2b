package com.csracademy.security;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/security.md carries the expected-access table as Markdown between two markers; this test keeps it
 * equal to {@code security/access-matrix.csv}. To regenerate it after changing the CSV:
 * {@code mvn test -Dtest=AccessMatrixDocTest -Daccess-matrix.write=true}.
 */
class AccessMatrixDocTest {

    static final Path DOC = Path.of("../docs/security.md");
    static final String START = "<!-- access-matrix:start (generated from backend/src/test/resources/security/access-matrix.csv) -->";
    static final String END = "<!-- access-matrix:end -->";

    @Test
    void theDocumentedMatrixIsTheTestedOne() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf(START);
        int end = doc.indexOf(END);
        assertThat(start).as("docs/security.md has the marker " + START).isGreaterThanOrEqualTo(0);
        assertThat(end).as("docs/security.md has the marker " + END).isGreaterThan(start);
        String generated = "\n" + AccessMatrix.load().markdown();
        String documented = doc.substring(start + START.length(), end);
        if (Boolean.getBoolean("access-matrix.write") && !documented.equals(generated)) {
            Files.writeString(DOC, doc.substring(0, start + START.length()) + generated + doc.substring(end),
                    StandardCharsets.UTF_8);
            documented = generated;
        }
        assertThat(documented).as("the matrix in docs/security.md differs from access-matrix.csv; regenerate it with"
                + " mvn test -Dtest=AccessMatrixDocTest -Daccess-matrix.write=true").isEqualTo(generated);
    }

    @Test
    void theTableCoversEveryCallerAndOnlyKnownOutcomes() {
        AccessMatrix matrix = AccessMatrix.load();
        assertThat(matrix.keys()).hasSizeGreaterThan(50);
        assertThat(matrix.keys()).allSatisfy(key -> assertThat(key).matches("(GET|POST|PUT|PATCH|DELETE) /\\S+"));
        // nothing under /api/v1 is public except the sign-in helpers and certificate verification (with its keys)
        assertThat(matrix.keys()).filteredOn(key -> AccessMatrix.isPublic(matrix.outcomes(key.split(" ")[0],
                key.split(" ")[1]))).allSatisfy(key -> assertThat(key)
                .matches("(GET /api/v1/auth/config|GET /api/v1/dev/people|POST /api/v1/dev/token"
                        + "|GET /api/v1/certificates/(issuer|jwks|verify/\\{code\\}))"));
    }
}
