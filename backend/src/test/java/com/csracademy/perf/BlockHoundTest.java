package com.csracademy.perf;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import com.csracademy.quiz.AnswerKey;
import com.csracademy.quiz.QuestionBank;
import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No blocking call on an event-loop thread (Reactor Netty's HTTP loops, the MongoDB driver's Netty loops,
 * Reactor's {@code parallel} scheduler) while the representative flows run: an exam attempt (autosave one
 * answer, save all, submit), a post-call analysis form filed and reviewed, and the department head's reports.
 *
 * <p>BlockHound is installed here, once per JVM, with a callback that <em>records</em> what it finds instead
 * of throwing, and only while a flow of this class runs — so the other tests of the same run are not changed
 * by it. Allowed, each with its reason (see docs/performance.md):
 * <ul>
 *   <li>class loading ({@code ClassLoader.loadClass}): reads a JAR once per class per JVM, not per request;</li>
 *   <li>{@code SecureRandom} on Linux ({@code NativePRNG}, behind {@code UUID.randomUUID()} in the audit filter and
 *   the overrides, and RSA blinding when a token is signed) reads {@code /dev/urandom}, which never waits for
 *   entropy: a short read system call, not a wait;</li>
 *   <li>the MongoDB driver's own locks ({@code com.mongodb.internal.Locks}) around its connection pool's state: held
 *   for a few instructions by the driver's threads, and the driver is built to be called from event loops.</li>
 * </ul>
 * Reactor allows an idle scheduler thread's wait for its next task ({@code ScheduledThreadPoolExecutor}'s queue,
 * {@code take}), but only from a call entered after BlockHound was installed: a {@code parallel} thread that other
 * tests of the same JVM started and left waiting was reported when it woke and waited again inside the same call, so
 * this class failed or passed by the order of the test classes. Such a wait is ignored here as Reactor intends.
 * No blocking call of the application's own code was found (docs/performance.md, "Blocking calls").
 */
class BlockHoundTest extends ApiTest {

    private static final List<BlockingOperationError> FOUND = new ArrayList<>();
    private static final AtomicBoolean RECORDING = new AtomicBoolean();

    @Autowired
    QuestionBank bank;

    @BeforeAll
    static void install() {
        BlockHound.install(builder -> builder
                .allowBlockingCallsInside("java.lang.ClassLoader", "loadClass")
                .allowBlockingCallsInside("sun.security.provider.NativePRNG$RandomIO", "implNextBytes")
                .allowBlockingCallsInside("com.mongodb.internal.Locks", "checkedWithLock")
                .allowBlockingCallsInside("com.mongodb.internal.Locks", "checkedWithInterruptibleLock")
                .blockingMethodCallback(method -> {
                    if (RECORDING.get() && !anIdleSchedulerWaiting()) {
                        synchronized (FOUND) {
                            FOUND.add(new BlockingOperationError(method));
                        }
                    }
                }));
    }

    private static boolean anIdleSchedulerWaiting() {
        return StackWalker.getInstance().walk(frames -> frames.anyMatch(frame ->
                frame.getClassName().equals("java.util.concurrent.ScheduledThreadPoolExecutor$DelayedWorkQueue")
                        && frame.getMethodName().equals("take")));
    }

    @BeforeEach
    void record() {
        synchronized (FOUND) {
            FOUND.clear();
        }
        RECORDING.set(true);
    }

    @AfterEach
    void stop() {
        RECORDING.set(false);
    }

    private void assertNoBlockingCall() {
        List<String> found = new ArrayList<>();
        synchronized (FOUND) {
            for (BlockingOperationError e : FOUND) {
                StringBuilder where = new StringBuilder(e.getMessage());
                for (StackTraceElement frame : e.getStackTrace()) {
                    where.append("\n  at ").append(frame);
                }
                found.add(where.toString());
            }
        }
        assertThat(found).as("blocking calls on non-blocking threads").isEmpty();
    }

    @Test
    void anExamAttemptAutosavesSavesAllAndSubmitsWithoutBlocking() {
        WebTestClient trainee = as(enrolTrainee("bh", "A", "2026-11-02"));
        JsonNode attempt = trainee.post().uri("/api/v1/exams/{exam}/attempts", "knowledge-assessment").exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        String id = attempt.get("id").asString();
        JsonNode first = attempt.get("questions").get(0);
        trainee.put().uri("/api/v1/attempts/{id}/answers/{q}", id, first.get("questionId").asString())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(AnswerKey.correctAnswer(bank, first))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.saved").isEqualTo(1);
        Map<String, Object> answers = new HashMap<>();
        attempt.get("questions").forEach(q -> answers.put(q.get("questionId").asString(), AnswerKey.correctAnswer(bank, q)));
        trainee.put().uri("/api/v1/attempts/{id}/answers", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("answers", answers)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.saved").isEqualTo(40);
        trainee.post().uri("/api/v1/attempts/{id}/submit", id).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.result").exists();
        assertNoBlockingCall();
    }

    @Test
    void aFormIsFiledQueuedAndReviewedWithoutBlocking() {
        String traineeId = enrolTrainee("bh", "A", "2026-11-02");
        String mentorId = registerPerson("bhm", "MENTOR");
        as("ts1").post().uri("/api/v1/mentorships").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", traineeId, "mentorId", mentorId, "reason", "pairing"))
                .exchange().expectStatus().isCreated();
        as("head").post().uri("/api/v1/trainees/{id}/journey/override", traineeId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("action", "MOVE_TO_STEP", "stepId", "monitoring", "reason", "test: start at monitoring"))
                .exchange().expectStatus().isOk();
        Map<String, Object> values = new HashMap<>();
        values.put("source", "OTHERS_RECORDING");
        values.put("callTime", "2026-11-03T10:15:00+08:00");
        values.put("recordingRef", "REC-BH-1");
        values.put("businessType", "THIRD_PARTY_CUSTODY");
        values.put("clientRequest", "客户询问银证转账到账时间");
        values.put("handling", "说明交易时间内实时到账，核实银行卡状态");
        values.put("servicePhrases", List.of("GREETING", "THANKS", "CLOSING"));
        values.put("wentWell", "开头问候语规范");
        values.put("errorsAndBlindSpots", "未复述确认客户需求");
        values.put("toLearn", "第三方存管转账时间规则");
        String formId = (String) as(traineeId).post().uri("/api/v1/trainees/{id}/forms", traineeId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("definitionId", "post-call-analysis", "day", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(),
                        "values", values, "draft", false))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id");
        WebTestClient mentor = as(mentorId);
        mentor.get().uri("/api/v1/mentors/me/review-queue").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[0].id").isEqualTo(formId).jsonPath("$.length()").isEqualTo(1);
        mentor.post().uri("/api/v1/forms/{id}/review", formId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("decision", "ACCEPT", "comments", "分析到位")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("ACCEPTED");
        mentor.get().uri("/api/v1/mentors/me/review-queue").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
        assertNoBlockingCall();
    }

    @Test
    void theDepartmentHeadsReportsAnswerWithoutBlocking() {
        WebTestClient head = as("head");
        head.get().uri("/api/v1/reports/cohorts/{id}/summary", "c2026-11").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.trainees").isNumber();
        head.get().uri("/api/v1/reports/cohorts/{id}/at-risk?page=0&size=20", "c2026-11").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.size").isEqualTo(20);
        head.get().uri("/api/v1/reports/cohorts/{id}/overdue?page=0&size=20", "c2026-11").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.page").isEqualTo(0);
        head.get().uri("/api/v1/reports/departments/{id}/summary", "csc").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.trainees").isNumber();
        head.get().uri("/api/v1/reports/cohorts/{id}/tables/funnel.csv", "c2026-11").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv");
        as("admin").post().uri("/api/v1/reports/rebuild").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.rows").isNumber();
        assertNoBlockingCall();
    }

    @Test
    void aBlockingCallOnAnEventLoopIsFound() {
        // the detector itself: a sleep on Reactor's parallel scheduler (a non-blocking thread) is recorded
        reactor.core.publisher.Mono.fromCallable(() -> {
                    Thread.sleep(1);
                    return 1;
                })
                .subscribeOn(reactor.core.scheduler.Schedulers.parallel())
                .block(java.time.Duration.ofSeconds(5));
        synchronized (FOUND) {
            assertThat(FOUND).extracting(Throwable::getMessage).anyMatch(m -> m.contains("Thread.sleep"));
        }
    }
}
