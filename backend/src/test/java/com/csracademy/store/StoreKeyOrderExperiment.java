package com.csracademy.store;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import com.csracademy.shared.DocumentIds;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A measurement, not a test (its name keeps it out of the suite): what random document ids cost the embedded
 * file store against time-ordered ones ({@link DocumentIds}), with the exam's write pattern — 200 open attempts of
 * 40 questions, each answer one guarded update and one audit entry, 16 at a time — over a store already holding
 * {@code -Dprefill.audit} audit entries and {@code -Dprefill.attempts} attempts. Prints the process CPU and wall
 * time of the answers and the file's size, per key order, after a warm-up round. Run it with
 * {@code mvn -q test -Dfuzz.skip=true -Dtest=StoreKeyOrderExperiment} in {@code backend/} (docs/performance.md,
 * eighth round).
 */
class StoreKeyOrderExperiment {

    private static final int OPEN = 200;
    private static final int QUESTIONS = 40;

    @Test
    void randomAgainstTimeOrderedIds() throws Exception {
        Supplier<String> random = () -> UUID.randomUUID().toString();
        Supplier<String> ordered = DocumentIds::next;
        run("warm-up (random)", random);
        for (int round = 1; round <= 2; round++) {
            run("random ids, round " + round, random);
            run("time-ordered ids, round " + round, ordered);
        }
    }

    private static void run(String label, Supplier<String> ids) throws Exception {
        int prefillAudit = Integer.getInteger("prefill.audit", 40_000);
        int prefillAttempts = Integer.getInteger("prefill.attempts", 2_000);
        Path dir = Files.createTempDirectory("key-order");
        Path file = dir.resolve("store.mv");
        // the settings of the app's embedded store (StoreProperties' defaults)
        MVStore mv = new MVStore.Builder().fileName(file.toString()).cacheSize(16).autoCompactFillRate(90).compress()
                .open();
        mv.setAutoCommitDelay(500);
        H2Backend backend = EmbeddedBackends.h2(mv);
        MongoServer server = new MongoServer(backend);
        String uri = "mongodb://127.0.0.1:" + server.bind().getPort() + "/?directConnection=true";
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> audit = client.getDatabase("db").getCollection("audit_log");
            MongoCollection<Document> attempts = client.getDatabase("db").getCollection("attempts");
            Flux.range(0, prefillAudit).buffer(1000)
                    .concatMap(batch -> audit.insertMany(batch.stream().map(i -> auditEntry(ids.get())).toList()))
                    .blockLast();
            Flux.range(0, prefillAttempts).buffer(100)
                    .concatMap(batch -> attempts.insertMany(batch.stream().map(i -> attempt(ids.get())).toList()))
                    .blockLast();
            backend.commit();
            Thread.sleep(1_000);

            long cpu = processCpuMs();
            long wall = System.nanoTime();
            List<String> open = new ArrayList<>();
            for (int i = 0; i < OPEN; i++) {
                open.add(ids.get());
            }
            Flux.fromIterable(open).flatMap(id -> Mono.from(attempts.insertOne(attempt(id)))
                    .then(Mono.from(audit.insertOne(auditEntry(ids.get())))), 16).blockLast();
            Flux.range(0, QUESTIONS).concatMap(q -> Flux.fromIterable(open).flatMap(id -> Mono.from(
                            attempts.findOneAndUpdate(
                                    Filters.and(Filters.eq("_id", id), Filters.eq("status", "IN_PROGRESS")),
                                    Updates.combine(Updates.inc("version", 1), Updates.set("answers.q" + q,
                                            new Document("choices", List.of(1)).append("savedAt", new Date())))))
                    .then(Mono.from(audit.insertOne(auditEntry(ids.get())))), 16)).blockLast();
            backend.commit();
            long cpuMs = processCpuMs() - cpu;
            long wallMs = (System.nanoTime() - wall) / 1_000_000;
            int writes = OPEN * (QUESTIONS + 1);
            System.out.printf("%-28s %,d writes + audit entries: CPU %,d ms (%.2f ms each), wall %,d ms, file %,d KB%n",
                    label, writes, cpuMs, (double) cpuMs / writes, wallMs, Files.size(file) / 1024);
        } finally {
            server.shutdown();
            mv.close();
        }
    }

    private static long processCpuMs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    /** The shape of an audit entry (AuditFilter). */
    private static Document auditEntry(String id) {
        return new Document("_id", id).append("at", new Date()).append("actorPersonId", UUID.randomUUID().toString())
                .append("subject", "t01").append("roles", List.of("TRAINEE")).append("method", "PUT")
                .append("path", "/api/v1/attempts/" + UUID.randomUUID() + "/answers/q12")
                .append("targets", new Document("id", UUID.randomUUID().toString())).append("status", 200)
                .append("outcome", "SUCCEEDED").append("millis", 4L);
    }

    /** The shape of an open 40-question attempt (AttemptDocument). */
    private static Document attempt(String id) {
        List<Document> items = new ArrayList<>();
        for (int i = 0; i < QUESTIONS; i++) {
            items.add(new Document("questionId", UUID.randomUUID().toString()).append("area", "SECURITIES_BASICS")
                    .append("choiceOrder", List.of(3, 1, 0, 2)).append("points", 1.0));
        }
        return new Document("_id", id).append("traineeId", UUID.randomUUID().toString())
                .append("examId", "knowledge-assessment").append("status", "IN_PROGRESS")
                .append("deadline", new Date(System.currentTimeMillis() + 3_600_000)).append("items", items)
                .append("answers", new Document()).append("version", 0L);
    }
}
