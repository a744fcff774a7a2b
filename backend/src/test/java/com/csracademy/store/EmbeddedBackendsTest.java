package com.csracademy.store;

import java.time.Duration;
import java.util.List;

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
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    static <T> T withCollection(MongoBackend backend, java.util.function.Function<MongoCollection<Document>, T> work) {
        MongoServer server = new MongoServer(backend);
        String uri = "mongodb://127.0.0.1:" + server.bind().getPort() + "/?directConnection=true";
        try (MongoClient client = MongoClients.create(uri)) {
            return work.apply(client.getDatabase("db").getCollection("attempts"));
        } finally {
            server.shutdown();
        }
    }

    static <T> T block(org.reactivestreams.Publisher<T> publisher) {
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
}
