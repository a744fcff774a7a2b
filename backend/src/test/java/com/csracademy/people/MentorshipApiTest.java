package com.csracademy.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class MentorshipApiTest extends ApiTest {

    private String newPerson(String role) {
        return registerPerson(role.substring(0, 1).toLowerCase(), role);
    }

    private String newTrainee() {
        return enrolTrainee("t", "A", "2026-11-02");
    }

    private WebTestClient.ResponseSpec assign(String trainee, String mentor) {
        return as("ts1").post().uri("/api/v1/mentorships").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", trainee, "mentorId", mentor, "reason", "pairing"))
                .exchange();
    }

    @Test
    void aSecondActiveMentorForATraineeIs409() {
        String trainee = newTrainee();
        assign(trainee, newPerson("MENTOR")).expectStatus().isCreated();
        assign(trainee, newPerson("MENTOR")).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/trainee-has-mentor");
    }

    @Test
    void aMentorAlreadyAtTheMenteeLimitIs409AndTheTraineeStaysFree() {
        String mentor = newPerson("MENTOR");
        assign(newTrainee(), mentor).expectStatus().isCreated();
        String second = newTrainee();
        assign(second, mentor).expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/mentor-at-limit");
        assign(second, newPerson("MENTOR")).expectStatus().isCreated();
    }

    @Test
    void twoConcurrentAssignmentsOfOneTraineeExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 10; round++) {
                String trainee = newTrainee();
                List<String> mentors = List.of(newPerson("MENTOR"), newPerson("MENTOR"), newPerson("MENTOR"),
                        newPerson("MENTOR"));
                List<Integer> statuses = race(pool, mentors.size(),
                        i -> assign(trainee, mentors.get(i)));
                assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
                assertThat(statuses).filteredOn(s -> s == 409).hasSize(mentors.size() - 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoConcurrentAssignmentsToOneMentorExactlyOneWins() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 10; round++) {
                String mentor = newPerson("MENTOR");
                List<String> trainees = List.of(newTrainee(), newTrainee(), newTrainee(), newTrainee());
                List<Integer> statuses = race(pool, trainees.size(), i -> assign(trainees.get(i), mentor));
                assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
                assertThat(statuses).filteredOn(s -> s == 409).hasSize(trainees.size() - 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Integer> race(ExecutorService pool, int n,
                               java.util.function.IntFunction<WebTestClient.ResponseSpec> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            futures.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return call.apply(index).returnResult(String.class).getStatus().value();
            }, pool));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<Integer> f : futures) {
            statuses.add(f.get());
        }
        return statuses;
    }

    @Test
    void reassignmentEndsTheOldPairingWithItsReasonAndKeepsHistory() {
        String trainee = newTrainee();
        String first = newPerson("MENTOR");
        String second = newPerson("MENTOR");
        assign(trainee, first).expectStatus().isCreated();
        as("head").post().uri("/api/v1/trainees/{id}/mentor", trainee).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("mentorId", second, "reason", "原指导客服代表调岗"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.mentorId").isEqualTo(second);
        as("head").get().uri("/api/v1/trainees/{id}/mentorships", trainee).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[?(@.mentorId == '" + first + "')].endReason").isEqualTo("原指导客服代表调岗")
                .jsonPath("$[?(@.mentorId == '" + first + "')].endedBy").isEqualTo("head")
                .jsonPath("$[0].mentorId").isEqualTo(second)
                .jsonPath("$[0].endedAt").isEmpty();
        // the first mentor's place is free again
        assign(newTrainee(), first).expectStatus().isCreated();
    }

    @Test
    void reassigningToAFullMentorLeavesTheOldPairingIntact() {
        String trainee = newTrainee();
        String current = newPerson("MENTOR");
        String full = newPerson("MENTOR");
        assign(trainee, current).expectStatus().isCreated();
        assign(newTrainee(), full).expectStatus().isCreated();
        as("head").post().uri("/api/v1/trainees/{id}/mentor", trainee).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("mentorId", full, "reason", "尝试")).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);
        as("head").get().uri("/api/v1/trainees/{id}/mentorships", trainee).exchange()
                .expectBody().jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].mentorId").isEqualTo(current)
                .jsonPath("$[0].endedAt").isEmpty();
    }

    @Test
    void reassignmentWithoutAReasonIsRejected() {
        as("head").post().uri("/api/v1/trainees/t01/mentor").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("mentorId", "m02")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
    }

    @Test
    void onlyStaffMayPairMentors() {
        as("m01").post().uri("/api/v1/mentorships").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", "t01", "mentorId", "m01")).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void aTraineeSeesThemselfButNotAnotherTrainee() {
        as("t01").get().uri("/api/v1/trainees/t01").exchange().expectStatus().isOk();
        as("t01").get().uri("/api/v1/trainees/t02").exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/out-of-scope");
    }

    @Test
    void aMentorSeesTheirMenteeButNotAnotherMentorsMentee() {
        as("m01").get().uri("/api/v1/trainees/t01").exchange().expectStatus().isOk();
        as("m01").get().uri("/api/v1/trainees/t02/mentorships").exchange().expectStatus().isForbidden();
    }

    @Test
    void aBranchMentorSeesNoTraineeNotPlacedWithThem() {
        as("bm1").get().uri("/api/v1/trainees/t01").exchange().expectStatus().isForbidden();
    }

    @Test
    void departmentStaffSeeTheirDepartmentsTrainees() {
        as("head").get().uri("/api/v1/trainees/t05").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.category").isEqualTo("A");
        as("qa1").get().uri("/api/v1/trainees/t08").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.category").isEqualTo("B");
    }

    @Test
    void unknownTraineeIs404() {
        as("head").get().uri("/api/v1/trainees/nobody").exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
