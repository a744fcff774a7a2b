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
 *
 * <p>The sets named in {@code -Dmentored=daily} are for the daily-work scenario: every {@code -DmenteesPerMentor}
 * (default 1: the program pairs one to one) trainees get a new mentor ({@code POST /api/v1/mentorships} as {@code ts1}), and the department
 * head moves each trainee's journey to the {@code monitoring} step ({@code POST /api/v1/trainees/{id}/journey/override},
 * MOVE_TO_STEP), where post-call analysis forms are filed; the mentors go to {@code <set>-mentors.csv}.
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
        String head = token("head");
        List<String> mentored = List.of(System.getProperty("mentored", "").split(","));
        int menteesPerMentor = Bench.intProp("menteesPerMentor", 1);
        Files.createDirectories(Bench.DATA_DIR);
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Bench.intProp("threads", 4));
        try {
            for (Map.Entry<String, Integer> set : sets.entrySet()) {
                List<Future<String>> rows = new ArrayList<>();
                boolean withMentors = mentored.contains(set.getKey());
                List<String> mentors = new ArrayList<>();
                if (withMentors) {
                    StringBuilder csv = new StringBuilder("personId,token\n");
                    for (int m = 0; m * menteesPerMentor < set.getValue(); m++) {
                        String id = "b-" + tag + "-" + set.getKey() + "-m" + m;
                        person(id, "MENTOR", admin);
                        mentors.add(id);
                        csv.append(id).append(',').append(token(id)).append('\n');
                    }
                    Files.writeString(Bench.DATA_DIR.resolve(set.getKey() + "-mentors.csv"), csv);
                }
                for (int i = 0; i < set.getValue(); i++) {
                    String id = "b-" + tag + "-" + set.getKey() + "-" + i;
                    String mentor = withMentors ? mentors.get(i / menteesPerMentor) : null;
                    rows.add(pool.submit(() -> create(id, admin, specialist, mentor, head)));
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

    private static String create(String id, String admin, String specialist, String mentor, String head)
            throws Exception {
        person(id, "TRAINEE", admin);
        call("POST", "/api/v1/trainees", specialist, Map.of("personId", id, "category", "A",
                "cohortId", "c2026-11", "startDate", "2026-11-02"), 201);
        if (mentor != null) {
            call("POST", "/api/v1/mentorships", specialist, Map.of("traineeId", id, "mentorId", mentor,
                    "reason", "压测：配对"), 201);
            call("POST", "/api/v1/trainees/" + id + "/journey/override", head, Map.of("action", "MOVE_TO_STEP",
                    "stepId", "monitoring", "reason", "压测：从监听话务开始"), 200);
        }
        return id + "," + token(id);
    }

    private static void person(String id, String role, String admin) throws Exception {
        call("POST", "/api/v1/people", admin, Map.of("id", id, "subject", "sub-" + id, "username", id,
                "name", "压测" + id, "roles", List.of(role), "departmentId", "csc"), 201);
    }

    static String token(String personId) throws Exception {
        String body = call("POST", "/api/v1/dev/token", null, Map.of("personId", personId), 200);
        return JSON.readTree(body).path("access_token").asText();
    }

    static String call(String method, String path, String token, Object body, int expected)
            throws IOException, InterruptedException {
        return call(method, path, token, body, expected, TIMEOUT);
    }

    static String call(String method, String path, String token, Object body, int expected, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Bench.BASE_URL + path))
                .timeout(timeout)
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
