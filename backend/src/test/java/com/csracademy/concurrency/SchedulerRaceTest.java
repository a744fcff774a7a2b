package com.csracademy.concurrency;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.csracademy.progression.Progression;
import com.csracademy.store.SchedulerLocks;
import com.csracademy.support.ApiTest;
import com.mongodb.client.MongoClient;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances' schedulers (two {@link SchedulerLocks}, each with its own lock provider over the one store)
 * firing the deadline check's work at the same instant, 50 times: exactly one runs it each time. Each round
 * uses its own lock name, because a lock is held for at least 5 s after the work ({@code LOCK_AT_LEAST}, no
 * test-sized setting) and the same name would only show the second round waiting. docs/security.md,
 * "Concurrency".
 */
class SchedulerRaceTest extends ApiTest {

    private static final int ROUNDS = 50;

    @Autowired
    MongoClient lockClient;
    @Autowired
    MongoProperties mongo;
    @Autowired
    Progression progression;

    private SchedulerLocks instance() {
        return new SchedulerLocks(new MongoLockProvider(lockClient.getDatabase(mongo.getMongoClientDatabase())));
    }

    @Test
    void ofTwoInstancesFiringTheDeadlineCheckExactlyOneRunsIt() {
        SchedulerLocks first = instance();
        SchedulerLocks second = instance();
        LocalDate today = LocalDate.of(2026, 11, 24);
        for (int round = 0; round < ROUNDS; round++) {
            String job = "progression-deadlines-race-" + round + "-" + System.nanoTime();
            AtomicInteger runs = new AtomicInteger();
            Mono<Long> check = Mono.defer(() -> {
                runs.incrementAndGet();
                return progression.escalateOverdueMakeUps(today);
            });
            List<Boolean> ran = Flux.merge(first.runLocked(job, Duration.ofMinutes(10), check),
                    second.runLocked(job, Duration.ofMinutes(10), check)).collectList().block(Duration.ofSeconds(30));
            assertThat(ran).as("round %d", round).containsExactlyInAnyOrder(true, false);
            assertThat(runs.get()).as("round %d", round).isEqualTo(1);
        }
    }
}
