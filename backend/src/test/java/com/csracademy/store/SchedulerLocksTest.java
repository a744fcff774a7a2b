package com.csracademy.store;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.csracademy.support.ApiTest;
import com.mongodb.client.MongoClient;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances' schedulers racing for the same job: exactly one runs it, every time. */
class SchedulerLocksTest extends ApiTest {

    @Autowired
    MongoClient lockClient;
    @Autowired
    MongoProperties mongo;

    private SchedulerLocks instance() {
        return new SchedulerLocks(new MongoLockProvider(lockClient.getDatabase(mongo.getMongoClientDatabase())));
    }

    @Test
    void ofTwoInstancesRacingForAJobExactlyOneRunsIt() {
        SchedulerLocks first = instance();
        SchedulerLocks second = instance();
        for (int round = 0; round < 10; round++) {
            String job = "race-" + round + "-" + System.nanoTime();
            AtomicInteger runs = new AtomicInteger();
            Mono<Integer> task = Mono.delay(Duration.ofMillis(200)).map(t -> runs.incrementAndGet());
            List<Boolean> ran = Flux.merge(first.runLocked(job, Duration.ofMinutes(1), task),
                    second.runLocked(job, Duration.ofMinutes(1), task)).collectList().block(Duration.ofSeconds(30));
            assertThat(ran).containsExactlyInAnyOrder(true, false);
            assertThat(runs.get()).isEqualTo(1);
        }
    }
}
