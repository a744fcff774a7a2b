package com.csracademy.curriculum;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.csracademy.curriculum.persistence.ProgressRecords;
import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

/** Lesson progress: recorded by the trainee themself, first times kept, reading time added atomically. */
class CurriculumProgressApiTest extends ApiTest {

    private static final String LESSON = "securities-basics.fund-basics";
    private static final String PROBLEMS = "https://csr-academy.example/problems/";

    @Autowired
    ProgressRecords records;

    private CurriculumFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new CurriculumFixture(this::as);
    }

    private LessonProgress report(String trainee, String event, Integer seconds) {
        return fixture.progress(trainee, LESSON, event, seconds).expectStatus().isOk()
                .expectBody(LessonProgress.class).returnResult().getResponseBody();
    }

    @Test
    void openedIsRecordedOnceAndARepeatChangesNothing() {
        String trainee = fixture.categoryA();
        LessonProgress first = report(trainee, "OPENED", null);
        assertThat(first.openedAt()).isNotNull();
        assertThat(first.courseId()).isEqualTo("securities-basics");
        assertThat(first.completedAt()).isNull();
        assertThat(first.secondsSpent()).isZero();
        assertThat(report(trainee, "OPENED", 100)).isEqualTo(first);
    }

    @Test
    void heartbeatsAddTheirSeconds() {
        String trainee = fixture.categoryA();
        report(trainee, "OPENED", null);
        report(trainee, "HEARTBEAT", 10);
        report(trainee, "HEARTBEAT", 20);
        assertThat(report(trainee, "HEARTBEAT", 30).secondsSpent()).isEqualTo(60);
    }

    @Test
    void oneHeartbeatAddsAtMost300Seconds() {
        String trainee = fixture.categoryA();
        assertThat(report(trainee, "HEARTBEAT", 3600).secondsSpent()).isEqualTo(300);
        assertThat(report(trainee, "HEARTBEAT", 301).secondsSpent()).isEqualTo(600);
    }

    @Test
    void aHeartbeatBeforeOpenedCreatesTheRecordWithoutAnOpeningTime() {
        String trainee = fixture.categoryA();
        LessonProgress progress = report(trainee, "HEARTBEAT", 15);
        assertThat(progress.secondsSpent()).isEqualTo(15);
        assertThat(progress.openedAt()).isNull();
        assertThat(report(trainee, "OPENED", null).openedAt()).isNotNull();
    }

    @Test
    void completedIsRecordedOnceAndOpenedAndCompletedAddNoTime() {
        String trainee = fixture.categoryA();
        LessonProgress opened = report(trainee, "OPENED", 50);
        report(trainee, "HEARTBEAT", 40);
        LessonProgress completed = report(trainee, "COMPLETED", 60);
        assertThat(completed.completedAt()).isNotNull();
        assertThat(completed.openedAt()).isEqualTo(opened.openedAt());
        assertThat(completed.secondsSpent()).isEqualTo(40);
        LessonProgress again = report(trainee, "COMPLETED", 60);
        assertThat(again).isEqualTo(completed);
    }

    @Test
    void completingAnUnopenedLessonAlsoMarksItOpened() {
        String trainee = fixture.categoryA();
        LessonProgress completed = report(trainee, "COMPLETED", null);
        assertThat(completed.openedAt()).isNotNull().isEqualTo(completed.completedAt());
    }

    @Test
    void twentyConcurrentHeartbeatsOfTenSecondsAddUpToExactly200() throws Exception {
        String trainee = fixture.categoryA();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return fixture.progress(trainee, LESSON, "HEARTBEAT", 10).returnResult(String.class)
                            .getStatus().value();
                }, pool));
            }
            start.countDown();
            for (CompletableFuture<Integer> call : calls) {
                assertThat(call.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        TraineeCurriculum view = fixture.curriculumOf(trainee, trainee);
        assertThat(view.courses().stream().flatMap(c -> c.lessons().stream())
                .filter(l -> l.lessonId().equals(LESSON)).findFirst().orElseThrow().secondsSpent()).isEqualTo(200);
    }

    @Test
    void twoHundredConcurrentStoreUpdatesLoseNoSecondAndKeepTheFirstOpeningTime() {
        String trainee = "store-" + System.nanoTime();
        Instant first = Instant.parse("2026-11-02T01:00:00Z");
        Flux<Object> updates = Flux.range(0, 200).flatMap(i -> switch (i % 4) {
            case 0 -> records.opened(trainee, LESSON, "securities-basics", first.plusSeconds(200 - i));
            case 1 -> records.completed(trainee, LESSON, "securities-basics", first.plusSeconds(1000 + i));
            default -> records.heartbeat(trainee, LESSON, "securities-basics", first.plusSeconds(i), 7);
        }, 64);
        StepVerifier.create(updates.then(records.of(trainee).single()))
                .assertNext(p -> {
                    assertThat(p.secondsSpent()).isEqualTo(100 * 7);
                    assertThat(p.openedAt()).isEqualTo(first.plusSeconds(4));
                    assertThat(p.completedAt()).isEqualTo(first.plusSeconds(1001));
                })
                .verifyComplete();
    }

    @Test
    void anUnknownEventIs400NamingTheEventField() {
        String trainee = fixture.categoryA();
        fixture.progress(trainee, LESSON, "CLOSED", 10).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "validation")
                .jsonPath("$.errors[0].field").isEqualTo("event");
        fixture.progress(trainee, LESSON, null, 10).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("event");
    }

    @Test
    void secondsOutside0To3600Are400NamingTheSecondsField() {
        String trainee = fixture.categoryA();
        fixture.progress(trainee, LESSON, "HEARTBEAT", -1).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("seconds");
        fixture.progress(trainee, LESSON, "HEARTBEAT", 3601).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("seconds");
        fixture.progress(trainee, LESSON, "HEARTBEAT", 3600).expectStatus().isOk();
    }

    @Test
    void progressOnAnUnknownLessonIs404() {
        String trainee = fixture.categoryA();
        fixture.progress(trainee, "securities-basics.alchemy", "OPENED", null).expectStatus().isNotFound()
                .expectBody().jsonPath("$.detail").isEqualTo("Lesson 'securities-basics.alchemy' does not exist");
    }

    @Test
    void aTraineeCannotRecordAnotherTraineesProgress() {
        String trainee = fixture.categoryA();
        fixture.progressBy("t01", trainee, LESSON, "HEARTBEAT", 10).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "out-of-scope");
        assertThat(fixture.curriculumOf(trainee, trainee).courses().stream().flatMap(c -> c.lessons().stream())
                .mapToLong(TraineeCurriculum.LessonStatus::secondsSpent).sum()).isZero();
    }

    @Test
    void noOneButTheTraineeRecordsProgressNotEvenTheirMentor() {
        fixture.progressBy("m01", "t01", LESSON, "OPENED", null).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "forbidden");
        fixture.progressBy("admin", "t01", LESSON, "OPENED", null).expectStatus().isForbidden();
    }
}
