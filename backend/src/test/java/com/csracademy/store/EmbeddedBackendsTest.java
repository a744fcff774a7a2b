package com.csracademy.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import com.csracademy.support.StoreScans;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.conversions.Bson;
import org.bson.codecs.DocumentCodec;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store's unique-index shortcut answers exactly what the stock backends answer, over the wire
 * protocol with the real driver, for the memory and the H2 backend (the H2 file format: BsonDocumentTypeTest).
 */
class EmbeddedBackendsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private MongoBackend backend(String kind) {
        return switch (kind) {
            case "memory" -> EmbeddedBackends.memory();
            case "h2" -> EmbeddedBackends.h2(MVStore.open(null));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    static <T> T withCollection(MongoBackend backend, Function<MongoCollection<Document>, T> work) {
        MongoServer server = new MongoServer(backend);
        String uri = "mongodb://127.0.0.1:" + server.bind().getPort() + "/?directConnection=true";
        try (MongoClient client = MongoClients.create(uri)) {
            return work.apply(client.getDatabase("db").getCollection("attempts"));
        } finally {
            server.shutdown();
        }
    }

    static <T> T block(Publisher<T> publisher) {
        return Mono.from(publisher).block(WAIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void aQueryWithAnIdAndMoreMatchesOnlyThatDocumentAndAllOfTheQuery(String kind) {
        withCollection(backend(kind), attempts -> {
            ObjectId oid = new ObjectId();
            block(attempts.insertMany(List.of(
                    new Document("_id", "a").append("status", "OPEN").append("n", 1),
                    new Document("_id", "b").append("status", "OPEN").append("n", 2),
                    new Document("_id", "c").append("status", "CLOSED").append("n", 3),
                    new Document("_id", oid).append("status", "OPEN").append("n", 4))));

            // the guarded update: matched, applied, the new document returned
            Document updated = block(attempts.findOneAndUpdate(
                    Filters.and(Filters.eq("_id", "a"), Filters.eq("status", "OPEN"), Filters.lt("n", 5)),
                    Updates.inc("n", 10), new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
            assertThat(updated).isNotNull();
            assertThat(updated.getInteger("n")).isEqualTo(11);

            // the id exists but the rest does not match: nothing found, nothing changed
            assertThat(block(attempts.findOneAndUpdate(
                    Filters.and(Filters.eq("_id", "c"), Filters.eq("status", "OPEN")), Updates.inc("n", 10))))
                    .isNull();
            assertThat(block(attempts.find(Filters.eq("_id", "c")).first()).getInteger("n")).isEqualTo(3);

            // no such id
            assertThat(block(attempts.findOneAndUpdate(
                    Filters.and(Filters.eq("_id", "zz"), Filters.eq("status", "OPEN")), Updates.inc("n", 1))))
                    .isNull();

            // find, count, update and delete take the same path
            assertThat(Flux.from(attempts.find(Filters.and(Filters.eq("_id", oid), Filters.gt("n", 3)))).collectList()
                    .block(WAIT)).extracting(d -> d.getInteger("n")).containsExactly(4);
            assertThat(block(attempts.countDocuments(Filters.and(Filters.eq("_id", "b"), Filters.eq("n", 99)))))
                    .isZero();
            assertThat(block(attempts.updateMany(Filters.and(Filters.eq("_id", "b"), Filters.eq("status", "OPEN")),
                    Updates.set("status", "CLOSED"))).getModifiedCount()).isEqualTo(1);
            assertThat(block(attempts.deleteOne(Filters.and(Filters.eq("_id", "b"), Filters.eq("status", "OPEN"))))
                    .getDeletedCount()).isZero();
            assertThat(block(attempts.deleteOne(Filters.and(Filters.eq("_id", "b"), Filters.eq("status", "CLOSED"))))
                    .getDeletedCount()).isEqualTo(1);

            // queries without a plain id are the stock ones
            assertThat(Flux.from(attempts.find(Filters.eq("status", "OPEN"))).collectList().block(WAIT))
                    .extracting(d -> d.get("_id")).containsExactlyInAnyOrder("a", oid);
            assertThat(Flux.from(attempts.find(Filters.and(Filters.in("_id", "a", "c"), Filters.eq("status", "CLOSED"))))
                    .collectList().block(WAIT)).extracting(d -> d.get("_id")).containsExactly("c");
            return null;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void aQueryWithAUniqueFieldAndMoreMatchesOnlyThatDocumentAndAllOfTheQuery(String kind) {
        withCollection(backend(kind), people -> {
            block(people.createIndex(new Document("subject", 1), new com.mongodb.client.model.IndexOptions().unique(true)));
            block(people.insertMany(List.of(
                    new Document("_id", "p1").append("subject", "s1").append("active", true),
                    new Document("_id", "p2").append("subject", "s2").append("active", false),
                    new Document("_id", "p3").append("active", true))));

            assertThat(block(people.find(Filters.and(Filters.eq("subject", "s1"), Filters.eq("active", true))).first()))
                    .extracting(d -> d.get("_id")).isEqualTo("p1");
            assertThat(block(people.find(Filters.and(Filters.eq("subject", "s2"), Filters.eq("active", true))).first()))
                    .isNull();
            assertThat(block(people.find(Filters.and(Filters.eq("subject", "s9"), Filters.eq("active", true))).first()))
                    .isNull();
            // both an _id and the unique field, disagreeing: no document has both
            assertThat(block(people.find(Filters.and(Filters.eq("_id", "p1"), Filters.eq("subject", "s2"))).first()))
                    .isNull();
            return null;
        });
    }

    /**
     * A single-field non-unique index is kept in memory and read for a plain value of its field: the same documents
     * in the same order as a scan of a twin collection without the index, through inserts, updates that change the
     * field and that leave it, deletes, arrays (each element is a value), {@code $in} and values no document holds.
     */
    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void aSecondaryIndexAnswersWhatAScanAnswers(String kind) {
        MongoServer server = new MongoServer(backend(kind));
        String uri = "mongodb://127.0.0.1:" + server.bind().getPort() + "/?directConnection=true";
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> indexed = client.getDatabase("db").getCollection("indexed");
            MongoCollection<Document> plain = client.getDatabase("db").getCollection("plain");
            block(indexed.createIndex(new Document("traineeId", 1)));
            block(indexed.createIndex(new Document("roles", 1)));
            ObjectId oid = new ObjectId();
            for (MongoCollection<Document> c : List.of(indexed, plain)) {
                block(c.insertMany(List.of(
                        new Document("_id", "f3").append("traineeId", "t1").append("status", "OPEN").append("n", 3),
                        new Document("_id", "f1").append("traineeId", "t1").append("status", "DONE").append("n", 1),
                        new Document("_id", "f2").append("traineeId", "t2").append("status", "OPEN").append("n", 2),
                        new Document("_id", "f4").append("status", "OPEN").append("n", 4),
                        new Document("_id", "f5").append("traineeId", oid).append("n", 5),
                        new Document("_id", "p1").append("roles", List.of("MENTOR", "HEAD")).append("n", 6),
                        new Document("_id", "p2").append("roles", List.of("MENTOR")).append("n", 7))));
            }
            List<Bson> queries = List.of(
                    Filters.eq("traineeId", "t1"),
                    Filters.and(Filters.eq("traineeId", "t1"), Filters.eq("status", "OPEN")),
                    Filters.and(Filters.eq("status", "OPEN"), Filters.eq("traineeId", "t2")),
                    Filters.eq("traineeId", "t9"),
                    Filters.eq("traineeId", oid),
                    Filters.eq("roles", "HEAD"),
                    Filters.and(Filters.eq("roles", "MENTOR"), Filters.gt("n", 6)),
                    Filters.in("traineeId", "t1", "t2"),
                    Filters.and(Filters.eq("status", "OPEN"), Filters.in("traineeId", "t1", "t9")),
                    // a document whose array holds both values: once
                    Filters.in("roles", "MENTOR", "HEAD"),
                    Filters.in("traineeId", "t1", 1),
                    Filters.eq("traineeId", 1));
            assertSameAnswers(indexed, plain, queries, "after the inserts");

            for (MongoCollection<Document> c : List.of(indexed, plain)) {
                block(c.updateOne(Filters.eq("_id", "f3"), Updates.set("traineeId", "t2")));
                block(c.updateOne(Filters.eq("_id", "f4"), Updates.set("traineeId", "t1")));
                block(c.updateOne(Filters.eq("_id", "p2"), Updates.push("roles", "HEAD")));
                block(c.updateOne(Filters.eq("_id", "p1"), Updates.pull("roles", "HEAD")));
                // the indexed fields as they were: the index keeps the document under its values
                block(c.updateOne(Filters.eq("_id", "f2"), Updates.set("status", "DONE")));
                block(c.updateOne(Filters.eq("_id", "p1"), Updates.set("roles", List.of("MENTOR"))));
                block(c.deleteOne(Filters.eq("_id", "f1")));
                block(c.insertOne(new Document("_id", "f0").append("traineeId", "t1").append("n", 0)));
            }
            assertSameAnswers(indexed, plain, queries, "after updates, a delete and an insert");
            assertThat(Flux.from(indexed.find(Filters.eq("traineeId", "t1"))).collectList().block(WAIT))
                    .extracting(d -> d.get("_id")).containsExactly("f0", "f4");
            assertThat(block(indexed.countDocuments(Filters.eq("roles", "HEAD")))).isEqualTo(1);
            assertThat(block(indexed.deleteMany(Filters.eq("traineeId", "t2"))).getDeletedCount()).isEqualTo(2);
            assertThat(Flux.from(indexed.find(Filters.eq("traineeId", "t2"))).collectList().block(WAIT)).isEmpty();
        } finally {
            server.shutdown();
        }
    }

    private static void assertSameAnswers(MongoCollection<Document> indexed, MongoCollection<Document> plain,
                                          List<Bson> queries, String when) {
        for (Bson query : queries) {
            for (Document sort : List.of(new Document(), new Document("n", -1))) {
                List<Document> viaIndex = Flux.from(indexed.find(query).sort(sort)).collectList().block(WAIT);
                List<Document> viaScan = Flux.from(plain.find(query).sort(sort)).collectList().block(WAIT);
                assertThat(viaIndex).as("%s: %s sorted by %s", when, query, sort).isEqualTo(viaScan);
            }
        }
    }

    /** The index is read, not the collection: a query on its field logs no scan (the scan log is at DEBUG). */
    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void aQueryOnAnIndexedFieldReadsNoCollection(String kind) {
        withCollection(backend(kind), forms -> {
            block(forms.createIndex(new Document("traineeId", 1)));
            block(forms.insertMany(List.of(new Document("_id", "a").append("traineeId", "t1").append("status", "OPEN"),
                    new Document("_id", "b").append("traineeId", "t2").append("status", "OPEN"))));
            List<String> indexed = StoreScans.during(() -> {
                assertThat(Flux.from(forms.find(Filters.and(Filters.eq("status", "OPEN"), Filters.eq("traineeId", "t2"))))
                        .collectList().block(WAIT)).extracting(d -> d.get("_id")).containsExactly("b");
                // the review queue's shape: the mentees' submitted forms
                assertThat(Flux.from(forms.find(Filters.and(Filters.eq("status", "OPEN"),
                        Filters.in("traineeId", "t1", "t2", "t3")))).collectList().block(WAIT)).hasSize(2);
            });
            assertThat(indexed).noneMatch(scan -> scan.startsWith("scan attempts"));
            List<String> unindexed = StoreScans.during(() -> assertThat(
                    Flux.from(forms.find(Filters.eq("status", "OPEN"))).collectList().block(WAIT)).hasSize(2));
            assertThat(unindexed).contains("scan attempts [status]");
            return null;
        });
    }

    /**
     * A collection's data size is the BSON length of its documents (the driver's own encoding here) after inserts,
     * an update that grows a document and a delete; on H2 the writes no longer keep the stored counter.
     */
    @ParameterizedTest
    @ValueSource(strings = {"memory", "h2"})
    void theDataSizeIsTheLengthOfTheDocumentsAsTheyAreNow(String kind) {
        MVStore store = MVStore.open(null);
        MongoBackend backend = kind.equals("h2") ? EmbeddedBackends.h2(store) : EmbeddedBackends.memory();
        withCollection(backend, attempts -> {
            block(attempts.insertMany(List.of(new Document("_id", "a").append("answers", List.of("A")),
                    new Document("_id", "b").append("score", 92.5).append("at", new ObjectId()),
                    new Document("_id", "c").append("note", "三个工作日内补考"))));
            block(attempts.updateOne(Filters.eq("_id", "a"), Updates.push("answers", "长一点的答案")));
            block(attempts.deleteOne(Filters.eq("_id", "c")));

            int expected = Flux.from(attempts.find()).map(EmbeddedBackendsTest::bsonLength)
                    .reduce(0, Integer::sum).block(WAIT);
            var stats = backend.resolveDatabase("db").resolveCollection("attempts", true).getStats();
            assertThat(stats.get("count")).isEqualTo(2);
            assertThat(stats.get("size")).isEqualTo(expected);
            assertThat(expected).isGreaterThan(60);
            if (kind.equals("h2")) {
                assertThat(store.<String, Object>openMap("meta.db.attempts").get("dataSize")).isEqualTo(0L);
            }
            return null;
        });
    }

    private static int bsonLength(Document document) {
        return new RawBsonDocument(document, new DocumentCodec()).getByteBuffer().remaining();
    }

    /** The index is not in the file: reopening the store builds it again from the collection. */
    @Test
    void aSecondaryIndexIsBuiltAgainWhenTheFileIsReopened(@TempDir Path dir) {
        String file = dir.resolve("academy.mv").toString();
        MVStore first = MVStore.open(file);
        withCollection(EmbeddedBackends.h2(first), forms -> {
            block(forms.createIndex(new Document("traineeId", 1)));
            block(forms.insertMany(List.of(new Document("_id", "a").append("traineeId", "t1"),
                    new Document("_id", "b").append("traineeId", "t2"), new Document("_id", "c").append("traineeId", "t1"))));
            return null;
        });
        first.close();

        MVStore second = MVStore.open(file);
        try {
            MongoBackend reopened = EmbeddedBackends.h2(second);
            withCollection(reopened, forms -> {
                assertThat(Flux.from(forms.find(Filters.eq("traineeId", "t1"))).map(d -> d.get("_id")).collectList()
                        .block(WAIT)).containsExactly("a", "c");
                assertThat(reopened.resolveDatabase("db").resolveCollection("attempts", true).getIndexes())
                        .anyMatch(index -> index instanceof SecondaryIndex<?> secondary
                                && secondary.field().equals("traineeId") && secondary.countOf("t1") == 2);
                return null;
            });
        } finally {
            second.close();
        }
    }
}
