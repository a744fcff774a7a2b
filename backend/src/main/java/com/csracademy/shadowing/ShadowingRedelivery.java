package com.csracademy.shadowing;

import java.time.Duration;

import com.csracademy.store.SchedulerLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Retries, on one instance at a time, the shadowing results a failure left undelivered. */
@Component
class ShadowingRedelivery {

    private static final Logger log = LoggerFactory.getLogger(ShadowingRedelivery.class);

    private final Shadowing shadowing;
    private final SchedulerLocks locks;

    ShadowingRedelivery(Shadowing shadowing, SchedulerLocks locks) {
        this.shadowing = shadowing;
        this.locks = locks;
    }

    @Scheduled(fixedDelayString = "${academy.shadowing.redelivery:PT2M}",
            initialDelayString = "${academy.shadowing.redelivery-initial-delay:PT1M}")
    void scheduled() {
        locks.runLocked("shadowing-redelivery", Duration.ofMinutes(5), shadowing.redeliverPending())
                .subscribe(ran -> { }, e -> log.warn("Shadowing re-delivery failed: {}", e.getMessage()));
    }
}
