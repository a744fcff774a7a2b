package com.csracademy.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

/**
 * A measurement, not a test (its name keeps it out of the suite): a unique index of {@code -Dexperiment.keys}
 * time-ordered ids (300,000 by default) written in the stock order, the lookups by key on it with H2's default key
 * type, the one-time rewrite into value order ({@link IndexKeyOrder}), and the same lookups with {@link IndexKeyType}.
 * Each lookup pass is run twice; the second is the warm one. Run it with
 * {@code mvn -q test -Dfuzz.skip=true -Dtest=IndexKeyOrderExperiment} in {@code backend/} (docs/performance.md,
 * tenth round).
 */
class IndexKeyOrderExperiment {

    private static final String INDEX = "db.audit_log._index__id_";
    private static final int LOOKUPS = 20_000;

    @Test
    void stockAgainstValueOrder() throws Exception {
        int n = Integer.getInteger("experiment.keys", 300_000);
        Path file = Files.createTempDirectory("index-key-order").resolve("store.mv");
        MVStore written = new MVStore.Builder().fileName(file.toString()).compress().open();
        MVMap<Object, Object> stockMap = written.openMap(INDEX);
        for (int i = 0; i < n; i++) {
            stockMap.put(key(i), key(i).get(0));
        }
        written.close();
        System.out.printf("file %d KB, %d keys%n", Files.size(file) / 1024, n);

        MVStore stock = new MVStore.Builder().fileName(file.toString()).compress().open();
        MVMap<Object, Object> before = stock.openMap(INDEX);
        lookups("stock order, cold", n, before::get);
        lookups("stock order, warm", n, before::get);
        stock.close();

        long started = System.nanoTime();
        MVStore store = new MVStore.Builder().fileName(file.toString()).compress().open();
        IndexKeyOrder.ensure(store);
        System.out.printf("rewrite: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        MVMap<KeyValue, Object> after = store.openMap(INDEX, IndexKeyOrder.indexMap());
        lookups("value order, cold", n, after::get);
        lookups("value order, warm", n, after::get);
        store.close();
    }

    private static KeyValue key(int i) {
        return new KeyValue(String.format("0193%08x-7%03x-8000-%012x", i, i % 4096, i * 2654435761L));
    }

    private static void lookups(String label, int n, Function<KeyValue, Object> get) {
        Random random = new Random(1);
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < LOOKUPS; i++) {
            keys.add(key(random.nextInt(n)));
        }
        long started = System.nanoTime();
        int found = 0;
        for (KeyValue key : keys) {
            if (get.apply(key) != null) {
                found++;
            }
        }
        System.out.printf("%s: %.1f µs per lookup (%d of %d found)%n", label,
                (System.nanoTime() - started) / 1000.0 / LOOKUPS, found, LOOKUPS);
    }
}
