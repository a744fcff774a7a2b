package com.csracademy.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.springframework.test.web.reactive.server.WebTestClient;

/** Fires the same request from several threads released at once, and answers the statuses they got. */
public final class ConcurrentRequests {

    private ConcurrentRequests() {
    }

    public static List<Integer> statuses(int n, Callable<WebTestClient.ResponseSpec> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return request.call().returnResult(Void.class).getStatus().value();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Exactly one request created (201); every other one was refused as a conflict (409). */
    public static void assertOneCreatedRestConflict(List<Integer> statuses) {
        org.assertj.core.api.Assertions.assertThat(statuses).containsOnly(201, 409);
        org.assertj.core.api.Assertions.assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    }
}
