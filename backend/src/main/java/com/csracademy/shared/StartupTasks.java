package com.csracademy.shared;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Runs every {@link StartupTask} without blocking a thread once the context is ready (tasks of the same
 * order together, the orders one after another); the readiness
 * group includes the {@code startupTasks} health indicator, which is DOWN until all are done. A failed
 * task stops the application, since serving without its content would mislead users.
 */
@Component
public class StartupTasks {

    private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);

    private final List<StartupTask> tasks;
    private final ApplicationContext context;
    private final Mono<Void> completion;
    private final AtomicBoolean done = new AtomicBoolean();

    private final boolean exitWhenReady;

    StartupTasks(List<StartupTask> tasks, ApplicationContext context,
                 @Value("${academy.startup.exit-when-ready:false}") boolean exitWhenReady) {
        this.exitWhenReady = exitWhenReady;
        this.tasks = tasks.stream().sorted(Comparator.comparingInt(StartupTask::order)).toList();
        this.context = context;
        // Tasks of one order are independent of each other and run together; the orders run one after another.
        SortedMap<Integer, List<StartupTask>> byOrder = this.tasks.stream()
                .collect(Collectors.groupingBy(StartupTask::order, TreeMap::new, Collectors.toList()));
        this.completion = Flux.fromIterable(byOrder.values())
                .concatMap(sameOrder -> Flux.fromIterable(sameOrder).flatMap(StartupTasks::timed).then())
                .then()
                .cache();
    }

    private static Mono<Void> timed(StartupTask task) {
        return Mono.defer(() -> {
            long start = System.nanoTime();
            return task.run().doOnSuccess(v -> log.info("Startup task '{}' done in {} ms", task.name(),
                    Duration.ofNanos(System.nanoTime() - start).toMillis()));
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        completion.subscribe(
                v -> { },
                e -> {
                    log.error("A startup task failed; stopping: {}", e.getMessage(), e);
                    AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
                    if (context instanceof ConfigurableApplicationContext c) {
                        c.close();
                    }
                },
                () -> {
                    done.set(true);
                    if (exitWhenReady) {
                        exitAfterTraining();
                    }
                });
    }

    /**
     * The class-data-sharing training run of the build (see docs/operations.md) starts the app, lets every
     * start-up task run so their classes are loaded too, and stops it here; the JVM then writes the archive.
     */
    private void exitAfterTraining() {
        log.info("Ready; exiting as asked (academy.startup.exit-when-ready)");
        Thread exit = new Thread(() -> System.exit(SpringApplication.exit(context)),
                "exit-when-ready");
        exit.start();
    }

    /** Whether every task has finished. */
    public boolean done() {
        return done.get();
    }

    /** Completes when every task has run (tests and the health endpoint wait on it). */
    public Mono<Void> completion() {
        return completion;
    }
}
