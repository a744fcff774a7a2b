package com.csracademy.support;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class StallReportTest {

    @Test
    void aBlockingReadThatRanOutIsATimeoutAndAFailedAssertionIsNot() {
        Throwable ranOut = catchThrowable(() -> Mono.never().block(Duration.ofMillis(5)));
        assertThat(StallReport.isTimeout(ranOut)).isTrue();
        assertThat(StallReport.isTimeout(new RuntimeException("wrapped", ranOut))).isTrue();
        assertThat(StallReport.isTimeout(new AssertionError("expected 200 but was 500"))).isFalse();
    }

    @Test
    void aThreadThatRunsIsBusyAndOneThatSleepsIsNot() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch running = new CountDownLatch(1);
        Thread spinner = new Thread(() -> {
            running.countDown();
            long n = 0;
            while (!stop.get()) {
                n += Long.numberOfTrailingZeros(System.nanoTime());
            }
            assertThat(n).isNotNegative();
        }, "stall-report-spinner");
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "stall-report-sleeper");
        spinner.start();
        sleeper.start();
        try {
            running.await();
            Thread.sleep(50);
            String busy = StallReport.busy(List.of(ManagementFactory.getThreadMXBean().dumpAllThreads(false, false)));
            assertThat(busy).contains("stall-report-spinner RUNNABLE at ").doesNotContain("stall-report-sleeper");
        } finally {
            stop.set(true);
            sleeper.interrupt();
            spinner.join();
            sleeper.join();
        }
    }
}
