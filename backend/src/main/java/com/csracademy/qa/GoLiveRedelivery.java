package com.csracademy.qa;

import java.time.Duration;

import com.csracademy.store.SchedulerLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Retries, on one instance at a time, the go-live week scores a failure left undelivered. */
@Component
class GoLiveRedelivery {

    private static final Logger log = LoggerFactory.getLogger(GoLiveRedelivery.class);

    private final GoLiveWeeks weeks;
    private final SchedulerLocks locks;

    GoLiveRedelivery(GoLiveWeeks weeks, SchedulerLocks locks) {
        this.weeks = weeks;
        this.locks = locks;
    }

    @Scheduled(fixedDelayString = "${academy.qa.redelivery:PT2M}",
            initialDelayString = "${academy.qa.redelivery-initial-delay:PT1M}")
    void scheduled() {
        locks.runLocked("golive-redelivery", Duration.ofMinutes(5), weeks.redeliverPending())
                .subscribe(ran -> { }, e -> log.warn("Go-live re-delivery failed: {}", e.getMessage()));
    }
}
