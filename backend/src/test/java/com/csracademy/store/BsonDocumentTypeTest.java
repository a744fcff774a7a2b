package com.csracademy.store;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.BsonBinarySubType;
import org.bson.BsonRegularExpression;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Code;
import org.bson.types.Decimal128;
import org.bson.types.MaxKey;
import org.bson.types.MinKey;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;

import static com.csracademy.store.EmbeddedBackendsTest.block;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store's file keeps documents as BSON: every wire type comes back as it went in after a restart, a
 * file written by the stock backend (Java serialization) opens and moves to BSON as its documents change, and a
 * value BSON cannot hold is still kept.
 */
class BsonDocumentTypeTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    /** The tag H2's ObjectDataType writes before a Java-serialized object. */
    private static final byte JAVA_SERIALIZED = 19;

    @TempDir
    Path dir;

    private String file() {
        return dir.resolve("store.mv").toString();
    }

    private MVStore open() {
        return new MVStore.Builder().fileName(file()).open();
    }

    static <T> T withDatabase(H2Backend backend, Function<MongoDatabase, T> work) {
        MongoServer server = new MongoServer(backend);
        String uri = "mongodb://127.0.0.1:" + server.bind().getPort() + "/?directConnection=true";
        try (MongoClient client = MongoClients.create(uri)) {
            return work.apply(client.getDatabase("db"));
        } finally {
            server.shutdown();
            backend.close();
        }
    }

    private static Document byId(MongoDatabase db, String collection, Object id) {
        return block(db.getCollection(collection).find(Filters.eq("_id", id)).first());
    }

    /** The tag of each stored value of a collection, read from the file without the server. */
    private Map<Object, Byte> tags(String collection) {
        BsonDocumentType documents = new BsonDocumentType();
        MVStore store = new MVStore.Builder().fileName(file()).readOnly().open();
        try {
            MVMap<Object, Object> data = store.openMap("databases.db." + collection,
                    new MVMap.Builder<Object, Object>().valueType(new BasicDataType<Object>() {
                        @Override
                        public Object read(ByteBuffer buff) {
                            byte tag = buff.get(buff.position());
                            documents.read(buff);
                            return tag;
                        }

                        @Override
                        public void write(WriteBuffer buff, Object value) {
                            throw new UnsupportedOperationException("read only");
                        }

                        @Override
                        public int getMemory(Object value) {
                            return 16;
                        }

                        @Override
                        public Object[] createStorage(int size) {
                            return new Object[size];
                        }
                    }));
            Map<Object, Byte> tags = new TreeMap<>();
            data.forEach((id, tag) -> tags.put(id, (Byte) tag));
            return tags;
        } finally {
            store.close();
        }
    }

    @Test
    void everyWireTypeComesBackAsItWentInAfterARestart() {
        byte[] uuid = new byte[16];
        uuid[3] = 7;
        Document original = new Document("_id", "all")
                .append("string", "第三方存管转账 9:00-16:00")
                .append("int32", 42)
                .append("int64", 1L << 40)
                .append("double", 89.99)
                .append("decimal", new Decimal128(new java.math.BigDecimal("89.99")))
                .append("boolean", true)
                .append("null", null)
                .append("date", new Date(1_764_000_000_000L))
                .append("objectId", new ObjectId())
                .append("binary", new Binary(new byte[] {1, 2, 3}))
                .append("uuid", new Binary(BsonBinarySubType.UUID_STANDARD, uuid))
                .append("nested", new Document("items", List.of(1, "二", new Document("score", 2.5), List.of(true))))
                .append("empty", List.of())
                .append("regex", new BsonRegularExpression("^T\\+1$", "i"))
                .append("timestamp", new BsonTimestamp(1_764_000_000, 7))
                .append("min", new MinKey())
                .append("max", new MaxKey())
                .append("code", new Code("function () { return 1; }"));

        String written = withDatabase(EmbeddedBackends.h2(open()), db -> {
            block(db.getCollection("attempts").insertOne(original));
            return byId(db, "attempts", "all").toJson();
        });
        Document reread = withDatabase(EmbeddedBackends.h2(open()), db -> byId(db, "attempts", "all"));

        assertThat(reread.keySet()).containsExactlyElementsOf(original.keySet());
        assertThat(reread.toJson()).isEqualTo(written).isEqualTo(original.toJson());
        assertThat(tags("attempts")).containsExactly(Map.entry("all", BsonDocumentType.BSON));
    }

    @Test
    void aFileTheStockBackendWroteOpensAndItsDocumentsBecomeBsonAsTheyChange() {
        withDatabase(new H2Backend(open()), db -> block(db.getCollection("attempts").insertMany(List.of(
                new Document("_id", "a").append("answers", List.of("T+1", "100股")),
                new Document("_id", "b").append("n", 2)))));
        assertThat(tags("attempts")).containsOnly(Map.entry("a", JAVA_SERIALIZED), Map.entry("b", JAVA_SERIALIZED));

        withDatabase(EmbeddedBackends.h2(open()), db -> {
            assertThat(byId(db, "attempts", "a").getList("answers", String.class)).containsExactly("T+1", "100股");
            return block(db.getCollection("attempts").updateOne(Filters.eq("_id", "a"), Updates.push("answers", "涨跌幅10%")));
        });
        assertThat(tags("attempts")).containsOnly(Map.entry("a", BsonDocumentType.BSON), Map.entry("b", JAVA_SERIALIZED));

        List<Document> all = withDatabase(EmbeddedBackends.h2(open()),
                db -> Flux.from(db.getCollection("attempts").find().sort(new Document("_id", 1))).collectList().block(WAIT));
        assertThat(all).extracting(Document::toJson).containsExactly(
                "{\"_id\": \"a\", \"answers\": [\"T+1\", \"100股\", \"涨跌幅10%\"]}", "{\"_id\": \"b\", \"n\": 2}");
    }

    @Test
    void aValueBsonCannotHoldIsKeptWithJavaSerializationNextToBsonValues() {
        BsonDocumentType type = new BsonDocumentType();
        de.bwaldvogel.mongo.bson.Document odd = new de.bwaldvogel.mongo.bson.Document("_id", "odd")
                .append("day", LocalDate.of(2026, 12, 7));
        de.bwaldvogel.mongo.bson.Document plain = new de.bwaldvogel.mongo.bson.Document("_id", "plain")
                .append("average", 89.99);
        WriteBuffer out = new WriteBuffer();
        type.write(out, odd);
        int second = out.position();
        type.write(out, plain);
        ByteBuffer in = out.getBuffer().flip();

        assertThat(in.get(0)).isEqualTo(JAVA_SERIALIZED);
        assertThat(in.get(second)).isEqualTo(BsonDocumentType.BSON);
        assertThat(type.read(in)).isEqualTo(odd);
        assertThat(type.read(in)).isEqualTo(plain);
        assertThat(in.hasRemaining()).isFalse();
    }

    /** A dropped collection's map is removed with the value type it was opened with (H2 asserts that). */
    @Test
    void aCollectionDroppedAndCreatedAgainKeepsOnlyItsNewDocumentsAcrossARestart() {
        withDatabase(EmbeddedBackends.h2(open()), db -> {
            block(db.getCollection("drafts").insertOne(new Document("_id", 1).append("v", "first")));
            block(db.getCollection("drafts").drop());
            return block(db.getCollection("drafts").insertOne(new Document("_id", 2).append("v", "second")));
        });
        List<Document> drafts = withDatabase(EmbeddedBackends.h2(open()),
                db -> Flux.from(db.getCollection("drafts").find()).collectList().block(WAIT));
        assertThat(drafts).extracting(Document::toJson).containsExactly("{\"_id\": 2, \"v\": \"second\"}");
        assertThat(tags("drafts")).containsExactly(Map.entry(2, BsonDocumentType.BSON));
    }
}
