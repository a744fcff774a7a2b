package com.csracademy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Creates the benchmark's trainees through the public API, as the administrator and a training specialist
 * would (development sign-in), and writes one feeder per data set: {@code <bench.dataDir>/<set>.csv} with
 * {@code personId,token}. Sets and sizes: {@code -Dsets=warmup:20,exam:200,bulk:64}. Every person is new
 * (ids carry a run tag), so a knowledge attempt is never already taken.
 */
public final class DataGenerator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private DataGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> sets = new LinkedHashMap<>();
        for (String spec : System.getProperty("sets", "warmup:20,exam:200,bulk:64").split(",")) {
            String[] nameAndSize = spec.trim().split(":");
            sets.put(nameAndSize[0], Integer.parseInt(nameAndSize[1]));
        }
        String tag = Long.toString(System.currentTimeMillis() % 46_656_000L, 36);
        String admin = token("admin");
        String specialist = token("ts1");
        Files.createDirectories(Bench.DATA_DIR);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Bench.intProp("threads", 4));
        try {
            for (Map.Entry<String, Integer> set : sets.entrySet()) {
                List<Future<String>> rows = new ArrayList<>();
                for (int i = 0; i < set.getValue(); i++) {
                    String id = "b-" + tag + "-" + set.getKey() + "-" + i;
                    rows.add(pool.submit(() -> create(id, admin, specialist)));
                }
                StringBuilder csv = new StringBuilder("personId,token\n");
                for (Future<String> row : rows) {
                    csv.append(row.get(5, TimeUnit.MINUTES)).append('\n');
                }
                Path file = Bench.DATA_DIR.resolve(set.getKey() + ".csv");
                Files.writeString(file, csv);
                System.out.printf("%s: %d trainees → %s%n", set.getKey(), set.getValue(), file);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("created %d trainees in %.1f s%n", sets.values().stream().mapToInt(Integer::intValue).sum(),
                (System.nanoTime() - started) / 1e9);
    }

    private static String create(String id, String admin, String specialist) throws Exception {
        call("POST", "/api/v1/people", admin, Map.of("id", id, "subject", "sub-" + id, "username", id,
                "name", "压测" + id, "roles", List.of("TRAINEE"), "departmentId", "csc"), 201);
        call("POST", "/api/v1/trainees", specialist, Map.of("personId", id, "category", "A",
                "cohortId", "c2026-11", "startDate", "2026-11-02"), 201);
        return id + "," + token(id);
    }

    private static String token(String personId) throws Exception {
        String body = call("POST", "/api/v1/dev/token", null, Map.of("personId", personId), 200);
        return JSON.readTree(body).path("access_token").asText();
    }

    private static String call(String method, String path, String token, Object body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Bench.BASE_URL + path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " → " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
