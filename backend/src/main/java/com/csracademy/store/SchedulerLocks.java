package com.csracademy.store;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs scheduled work on one instance at a time, with ShedLock's MongoDB lock provider (the lock is a
 * document in the {@code shedLock} collection, so it works across instances sharing the store). The
 * provider is synchronous: taking and releasing the lock run on the bounded-elastic scheduler, never on an
 * event-loop thread.
 */
public class SchedulerLocks {

    private static final Logger log = LoggerFactory.getLogger(SchedulerLocks.class);
    private static final Duration LOCK_AT_LEAST = Duration.ofSeconds(5);

    private final LockProvider provider;

    public SchedulerLocks(LockProvider provider) {
        this.provider = provider;
    }

    /**
     * Runs {@code task} if no other instance holds the lock {@code name}; answers whether it ran.
     *
     * @param atMost how long the lock is held at most, should this instance die while holding it
     */
    public Mono<Boolean> runLocked(String name, Duration atMost, Mono<?> task) {
        return Mono.fromCallable(() -> provider.lock(new LockConfiguration(Instant.now(), name, atMost, LOCK_AT_LEAST)))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap((Optional<SimpleLock> lock) -> lock.isEmpty() ? Mono.just(false)
                        : task.then(Mono.just(true))
                                .doFinally(signal -> Mono.fromRunnable(() -> lock.get().unlock())
                                        .subscribeOn(Schedulers.boundedElastic())
                                        .subscribe(v -> { }, e -> log.warn("Releasing lock {} failed: {}", name,
                                                e.getMessage()))));
    }
}
