package com.csracademy.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;

import static com.csracademy.store.EmbeddedBackendsTest.block;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The file store's unique indexes compare their keys as values ({@link IndexKeyType}): a file written by the stock
 * backend, whose index maps are in the order of the keys' Java serialization, is put into that order once when it is
 * opened, every document is then found by its id and by a unique field, uniqueness still holds, and a start that
 * stopped half-way through the rewrite is finished by the next one.
 */
class IndexKeyOrderTest {

    private static final String ID_INDEX = "db.items._index__id_";
    private static final String CODE_INDEX = "db.items._index_code_1";

    @TempDir
    Path dir;

    private MVStore open() {
        return new MVStore.Builder().fileName(dir.resolve("store.mv").toString()).open();
    }

    private static <T> T withItems(H2Backend backend, Function<MongoCollection<Document>, T> work) {
        return BsonDocumentTypeTest.withDatabase(backend, db -> work.apply(db.getCollection("items")));
    }

    /**
     * Ids of different lengths and types: Java serialization puts a string's length before its characters, so in
     * the stock order "z" comes before "aa", and a value-ordered search of a map in that order misses keys.
     */
    private static List<Object> ids() {
        List<Object> ids = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            ids.add(Integer.toString(i * 7919, 36));
        }
        for (int i = 0; i < 50; i++) {
            ids.add(new ObjectId());
        }
        return ids;
    }

    private void writeWithTheStockBackend(List<Object> ids) {
        MVStore store = open();
        // no background commits: the stock key type, shared with the store's writer thread, can fail to compare two
        // ObjectId keys while that thread writes a string key (DocumentKeyType, which the app's backend uses)
        store.setAutoCommitDelay(0);
        withItems(new H2Backend(store), items -> {
            block(items.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true)));
            return Flux.fromIterable(ids).buffer(100)
                    .concatMap(batch -> items.insertMany(batch.stream()
                            .map(id -> new Document("_id", id).append("code", "code-" + id)).toList()))
                    .blockLast();
        });
    }

    private static void everyItemIsFoundByIdAndByCode(MongoCollection<Document> items, List<Object> ids) {
        for (Object id : ids) {
            assertThat(block(items.find(Filters.eq("_id", id)).first())).as("by id %s", id).isNotNull();
            assertThat(block(items.find(Filters.eq("code", "code-" + id)).first())).as("by code %s", id)
                    .isNotNull()
                    .extracting(d -> d.get("_id")).isEqualTo(id);
        }
        assertThat(block(items.countDocuments())).isEqualTo(ids.size());
    }

    private void assertValueOrder(String mapName) {
        MVStore store = open();
        try {
            MVMap<KeyValue, Object> map = store.openMap(mapName, IndexKeyOrder.indexMap());
            IndexKeyType order = new IndexKeyType();
            List<KeyValue> keys = new ArrayList<>(map.keySet());
            assertThat(keys).hasSizeGreaterThan(1);
            for (int i = 1; i < keys.size(); i++) {
                assertThat(order.compare(keys.get(i - 1), keys.get(i))).as("%s before %s", keys.get(i - 1), keys.get(i))
                        .isNegative();
            }
            assertThat(store.getMapNames()).noneMatch(name -> name.startsWith("$csr-academy.copy."));
            MVMap<String, String> format = store.openMap(IndexKeyOrder.FORMAT_MAP);
            assertThat(format.get(IndexKeyOrder.KEY_ORDER)).isEqualTo(IndexKeyOrder.NATIVE);
        } finally {
            store.close();
        }
    }

    @Test
    void aFileOfTheStockBackendIsPutIntoValueOrderOnceAndFindsEverything() {
        List<Object> ids = ids();
        writeWithTheStockBackend(ids);

        withItems(EmbeddedBackends.h2(open()), items -> {
            everyItemIsFoundByIdAndByCode(items, ids);
            assertThatThrownBy(() -> block(items.insertOne(new Document("_id", "new").append("code", "code-" + ids.get(3)))))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");
            assertThatThrownBy(() -> block(items.insertOne(new Document("_id", ids.get(5)).append("code", "other"))))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");
            block(items.insertOne(new Document("_id", "new").append("code", "code-new")));
            return null;
        });
        assertValueOrder(ID_INDEX);
        assertValueOrder(CODE_INDEX);

        // the next start finds the file done, and what the last one wrote is there
        List<Object> all = new ArrayList<>(ids);
        all.add("new");
        withItems(EmbeddedBackends.h2(open()), items -> {
            everyItemIsFoundByIdAndByCode(items, all);
            return null;
        });
    }

    @Test
    void aCopyLeftBesideItsOriginalIsMadeAgain() {
        List<Object> ids = ids();
        writeWithTheStockBackend(ids);
        MVStore store = open();
        MVMap<KeyValue, Object> stale = store.openMap("$csr-academy.copy." + ID_INDEX, IndexKeyOrder.indexMap());
        stale.put(new KeyValue("only-in-the-copy"), "only-in-the-copy");
        store.close();

        withItems(EmbeddedBackends.h2(open()), items -> {
            everyItemIsFoundByIdAndByCode(items, ids);
            assertThat(block(items.find(Filters.eq("_id", "only-in-the-copy")).first())).isNull();
            return null;
        });
        assertValueOrder(ID_INDEX);
    }

    @Test
    void aCompleteCopyWhoseOriginalIsGoneTakesItsName() {
        List<Object> ids = ids();
        writeWithTheStockBackend(ids);
        // a start stopped between removing the original and renaming its committed copy
        MVStore store = open();
        MVMap<Object, Object> original = store.openMap(ID_INDEX);
        MVMap<KeyValue, Object> copy = store.openMap("$csr-academy.copy." + ID_INDEX, IndexKeyOrder.indexMap());
        for (Map.Entry<Object, Object> entry : original.entrySet()) {
            copy.put((KeyValue) entry.getKey(), entry.getValue());
        }
        store.commit();
        store.removeMap(original);
        store.close();

        withItems(EmbeddedBackends.h2(open()), items -> {
            everyItemIsFoundByIdAndByCode(items, ids);
            return null;
        });
        assertValueOrder(ID_INDEX);
    }

    @Test
    void keysCompareAsValuesAndAreTheSameKeyExactlyWhenEqual() {
        IndexKeyType order = new IndexKeyType();
        assertThat(order.compare(new KeyValue("aa"), new KeyValue("z"))).isNegative();
        assertThat(order.compare(new KeyValue("a", 1.0), new KeyValue("a", 1.0))).isZero();
        assertThat(order.compare(new KeyValue("a"), new KeyValue("a", "b"))).isNegative();
        // 1 and 1.0 are one value to the store's comparator: the same key exactly when KeyValue says they are equal
        KeyValue one = new KeyValue(1);
        KeyValue onePointZero = new KeyValue(1.0);
        int ab = order.compare(one, onePointZero);
        assertThat(ab == 0).isEqualTo(one.equals(onePointZero));
        assertThat(Integer.signum(order.compare(onePointZero, one))).isEqualTo(-Integer.signum(ab));
    }
}
