package com.csracademy.concurrency;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs several actions released at the same instant from their own threads and answers their results in order. */
final class Race implements AutoCloseable {

    private final ExecutorService pool = Executors.newCachedThreadPool();

    @SafeVarargs
    final <T> List<T> run(Callable<T>... actions) throws Exception {
        CountDownLatch ready = new CountDownLatch(actions.length);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> action : actions) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return action.call();
            }));
        }
        ready.await(30, TimeUnit.SECONDS);
        go.countDown();
        List<T> results = new ArrayList<>();
        for (Future<T> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
