package com.csracademy.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected-access table {@code security/access-matrix.csv}: one row per operation (method, path
 * template), one column per caller, each cell {@code allow} (anything but 401/403: a 404 or 422 after the
 * checks passed counts), {@code 401} or {@code 403}.
 */
final class AccessMatrix {

    static final List<String> CALLERS = List.of("anonymous", "admin", "head", "ts1", "qa1", "bm1", "m01", "t01",
            "trainee", "mentor", "bm2");
    static final String HEADER = "method,path," + String.join(",", CALLERS);
    static final String RESOURCE = "/security/access-matrix.csv";

    private final Map<String, String[]> rows;

    private AccessMatrix(Map<String, String[]> rows) {
        this.rows = rows;
    }

    static AccessMatrix load() {
        try (InputStream in = AccessMatrix.class.getResourceAsStream(RESOURCE)) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AccessMatrix parse(String csv) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        String[] lines = csv.split("\n");
        if (!lines[0].trim().equals(HEADER)) {
            throw new IllegalStateException("access-matrix.csv must start with the header " + HEADER);
        }
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != CALLERS.size() + 2) {
                throw new IllegalStateException("access-matrix.csv line " + (i + 1) + " has " + cells.length
                        + " cells, not " + (CALLERS.size() + 2) + ": " + line);
            }
            String[] outcomes = java.util.Arrays.copyOfRange(cells, 2, cells.length);
            for (String outcome : outcomes) {
                if (!List.of("allow", "401", "403").contains(outcome)) {
                    throw new IllegalStateException("access-matrix.csv line " + (i + 1) + ": '" + outcome
                            + "' is not allow, 401 or 403");
                }
            }
            if (rows.put(cells[0] + " " + cells[1], outcomes) != null) {
                throw new IllegalStateException("access-matrix.csv has two rows for " + cells[0] + " " + cells[1]);
            }
        }
        return new AccessMatrix(rows);
    }

    static String outcome(int status) {
        return status == 401 || status == 403 ? Integer.toString(status) : "allow";
    }

    static String row(String method, String path, String[] outcomes) {
        return method + "," + path + "," + String.join(",", outcomes);
    }

    String[] outcomes(String method, String path) {
        return rows.get(method + " " + path);
    }

    List<String> keys() {
        return new ArrayList<>(rows.keySet());
    }

    /** Whether everyone, signed in or not, may call the operation. */
    static boolean isPublic(String[] outcomes) {
        return java.util.Arrays.stream(outcomes).allMatch("allow"::equals);
    }

    /** The table as Markdown, for docs/security.md. */
    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("| operation | ").append(String.join(" | ", CALLERS)).append(" |\n");
        md.append("|---|").append("---|".repeat(CALLERS.size())).append('\n');
        rows.forEach((key, outcomes) -> {
            md.append("| `").append(key).append("` |");
            for (String outcome : outcomes) {
                md.append(' ').append(outcome.equals("allow") ? "✓" : outcome).append(" |");
            }
            md.append('\n');
        });
        return md.toString();
    }
}
