package com.csracademy.progression;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import com.csracademy.calendar.WorkingCalendar;
import com.csracademy.store.SchedulerLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Finds make-ups whose due date has passed and hands them to the department head, reminds of make-ups due
 * tomorrow, and sends notifications a failure left unsent. Runs on one instance at
 * a time (ShedLock); each escalation is applied once per due date, so a repeated run changes nothing.
 */
@Component
public class DeadlineCheck {

    private static final Logger log = LoggerFactory.getLogger(DeadlineCheck.class);

    private final Progression progression;
    private final SchedulerLocks locks;
    private final Clock clock;

    DeadlineCheck(Progression progression, SchedulerLocks locks, Clock clock) {
        this.progression = progression;
        this.locks = locks;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${academy.progression.deadline-check:PT5M}",
            initialDelayString = "${academy.progression.deadline-check-initial-delay:PT1M}")
    void scheduled() {
        run().subscribe(ran -> { }, e -> log.warn("Deadline check failed: {}", e.getMessage()));
    }

    /** Answers whether this instance ran the check (false: another holds the lock). */
    public Mono<Boolean> run() {
        LocalDate today = clock.instant().atZone(WorkingCalendar.ZONE).toLocalDate();
        return locks.runLocked("progression-deadlines", Duration.ofMinutes(10),
                progression.escalateOverdueMakeUps(today)
                        .doOnNext(n -> {
                            if (n > 0) {
                                log.info("Deadline check escalated {} overdue make-up(s)", n);
                            }
                        })
                        .then(progression.remindUpcomingMakeUps(today))
                        .then(progression.notifyAllPending()));
    }
}
