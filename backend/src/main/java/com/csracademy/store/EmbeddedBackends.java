package com.csracademy.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server's backends (H2 file store and memory), with four changes.
 *
 * <p><b>A query that names a plain value of a unique single-field index reads that one document through the
 * index</b>, whatever else it asks. The stock backends use an index only when the query has exactly the index's
 * fields, so {@code {_id: X, status: "OPEN", deadline: {$gt: now}}} (the guarded update of an exam answer, of a
 * form, of a score) read and matched every document of the collection; with thousands of attempts that scan was
 * most of an autosave's cost, and it grew with the collection (docs/performance.md, fifth round). A document that
 * matches such a query can only be the one with that value, so reading it by the index and matching the whole
 * query against it gives the same answer (EmbeddedBackendsTest).
 *
 * <p><b>A declared single-field non-unique index is kept in memory</b> ({@link SecondaryIndex}; the stock backends
 * ignore such indexes, so every query on such a field read the whole collection): a query that requires a plain value
 * of the field reads the documents holding it through the index and matches the whole query against them, in the
 * order a scan gives (docs/performance.md, seventh round; EmbeddedBackendsTest).
 *
 * <p><b>The H2 file keeps documents as BSON</b> ({@link BsonDocumentType}) instead of Java serialization; the map
 * names are the stock ones, and a file written before opens unchanged (its documents are rewritten as BSON as
 * they change).
 *
 * <p><b>Unique-index keys compare as values</b> ({@link IndexKeyType}, {@link NativeUniqueIndex}) instead of by their
 * Java serialization; a file written before has its unique indexes put into that order once, when it is opened
 * ({@link IndexKeyOrder}).
 *
 * <p><b>Document keys are compared by a type of their thread's own</b> ({@link DocumentKeyType}): H2's stock key type,
 * shared by the store's writer threads and the server's workers, can fail to compare two {@code ObjectId} keys.
 *
 * <p><b>A collection's data size is counted when asked</b> ({@code collStats}, {@code dbStats}, {@code validate})
 * instead of kept up to date on every write: keeping it encoded the old and the new document to BSON on every
 * update only to take their lengths, a tenth of the app's CPU in the exam workload (docs/performance.md, twelfth
 * round). Nothing in the app asks for it; a tool that does gets the exact figure, read over the collection.
 */
final class EmbeddedBackends {

    /**
     * At DEBUG, every query that reads a whole collection is logged with the collection and the query's field names
     * (no values): {@code logging.level.com.csracademy.store.EmbeddedBackends=debug} lists the scans a workload
     * causes (docs/performance.md, seventh round).
     */
    private static final Logger scans = LoggerFactory.getLogger(EmbeddedBackends.class);

    // the stock H2Database's map names (its constants are not public); an existing file's layout depends on them
    private static final String DATA_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";

    private EmbeddedBackends() {
    }

    static H2Backend h2(MVStore store) {
        IndexKeyOrder.ensure(store);
        return new H2UniqueLookup(store);
    }

    static MongoBackend memory() {
        return new MemoryUniqueLookup();
    }

    /**
     * The documents a query names through an index, matched against the whole query; or the stock query when no
     * index fits. A unique single-field index fits when the query gives its field a plain value and asks more
     * (the stock backend uses it for exactly its own field); a {@link SecondaryIndex} fits when the query gives its
     * field a plain value or {@code $in} plain values, and of two the one holding fewer documents for them is read.
     * Plain values are strings and ObjectIds: their equality in an index is plain equality (numbers are not: 1 = 1.0).
     */
    private static <P> QueryResult byIndexedValue(String collection, Document query, List<Index<P>> indexes,
                                                  Function<Iterable<P>, QueryResult> match, Supplier<QueryResult> stock) {
        Map<String, List<Object>> plain = plainValues(query);
        for (Index<P> index : indexes) {
            if (index.isUnique() && index.getKeys().size() == 1) {
                String key = index.getKeys().get(0).getKey();
                List<Object> values = plain.get(key);
                if (values != null && values.size() == 1 && !query.keySet().equals(Set.of(key))) {
                    Document byKey = new Document(key, values.get(0));
                    if (index.canHandle(byKey)) {
                        return match.apply(index.getPositions(byKey));
                    }
                }
            }
        }
        SecondaryIndex<P> narrowest = null;
        long fewest = Long.MAX_VALUE;
        for (Index<P> index : indexes) {
            if (index instanceof SecondaryIndex<P> secondary && plain.containsKey(secondary.field())) {
                long count = plain.get(secondary.field()).stream().mapToLong(secondary::countOf).sum();
                if (count < fewest) {
                    narrowest = secondary;
                    fewest = count;
                }
            }
        }
        Index<P> ids = narrowest == null ? null : idIndex(indexes);
        if (ids != null) {
            // the order of a scan: the store's own (positions are _ids in H2, insertion numbers in memory); a
            // document holding two of the values (an array) once
            java.util.TreeSet<P> positions = new java.util.TreeSet<>(ValueComparator.asc());
            for (Object value : plain.get(narrowest.field())) {
                for (Object id : narrowest.idsOf(value)) {
                    ids.getPositions(new Document(SecondaryIndex.ID, id)).forEach(positions::add);
                }
            }
            return match.apply(positions);
        }
        if (scans.isDebugEnabled() && indexes.stream().noneMatch(index -> index.canHandle(query))) {
            scans.debug("scan {} {}", collection, new java.util.TreeSet<>(query.keySet()));
        }
        return stock.get();
    }

    /**
     * The fields the query requires to hold one of some plain values: its own entries (a value, or {@code $in} a
     * list of plain values), and those of the conditions of a top-level {@code $and} (every one of them must
     * hold); the first condition on a field where several are given.
     */
    private static Map<String, List<Object>> plainValues(Document query) {
        Map<String, List<Object>> plain = new HashMap<>();
        query.forEach((key, value) -> {
            if (key.equals("$and") && value instanceof List<?> conditions) {
                for (Object condition : conditions) {
                    if (condition instanceof Document document) {
                        document.forEach((field, required) -> require(plain, field, required));
                    }
                }
            } else {
                require(plain, key, value);
            }
        });
        return plain;
    }

    private static void require(Map<String, List<Object>> plain, String field, Object required) {
        if (field.startsWith("$")) {
            return;
        }
        if (SecondaryIndex.isPlain(required)) {
            plain.putIfAbsent(field, List.of(required));
        } else if (required instanceof Document condition && condition.size() == 1
                && condition.get("$in") instanceof java.util.Collection<?> values && !values.isEmpty()
                && values.stream().allMatch(SecondaryIndex::isPlain)) {
            plain.putIfAbsent(field, List.copyOf(values));
        }
    }

    private static <P> Index<P> idIndex(List<Index<P>> indexes) {
        for (Index<P> index : indexes) {
            if (index.isUnique() && index.getKeys().size() == 1
                    && index.getKeys().get(0).getKey().equals(SecondaryIndex.ID)) {
                return index;
            }
        }
        return null;
    }

    /** The BSON length of the documents, in bytes (at most {@link Integer#MAX_VALUE}, the stock statistic's type). */
    private static <P> int dataSize(Stream<DocumentWithPosition<P>> documents) {
        ByteBuf bson = Unpooled.buffer();
        try {
            long bytes = 0;
            for (DocumentWithPosition<P> document : (Iterable<DocumentWithPosition<P>>) documents::iterator) {
                bson.clear();
                BsonEncoder.encodeDocument(document.getDocument(), bson);
                bytes += bson.writerIndex();
            }
            return (int) Math.min(bytes, Integer.MAX_VALUE);
        } finally {
            bson.release();
        }
    }

    /** A single-field index the stock backends would ignore is kept in memory; a compound one is still ignored. */
    private static <P> Index<P> secondary(String indexName, List<IndexKey> keys, Supplier<Index<P>> stock) {
        return keys.size() == 1 ? new SecondaryIndex<>(indexName, keys.get(0)) : stock.get();
    }

    private static final class H2UniqueLookup extends H2Backend {

        H2UniqueLookup(MVStore store) {
            super(store);
        }

        @Override
        protected MongoDatabase openOrCreateDatabase(String databaseName) {
            return new Database(databaseName);
        }

        /**
         * An inner class on purpose: H2Database's constructor already opens the collections (through the
         * overridden method), before a field of a subclass could be set; the enclosing backend's store is there.
         */
        private final class Database extends H2Database {

            Database(String databaseName) {
                super(databaseName, getMvStore(), getCursorRegistry());
            }

            @Override
            protected MongoCollection<Object> openOrCreateCollection(String name, CollectionOptions options) {
                String namespace = getFullCollectionNamespace(name);
                MVMap<Object, Document> data = getMvStore().openMap(DATA_PREFIX + namespace,
                        new MVMap.Builder<Object, Document>().keyType(new DocumentKeyType())
                                .valueType(new BsonDocumentType()));
                MVMap<String, Object> meta = getMvStore().openMap(META_PREFIX + namespace);
                return new Collection(this, name, options, data, meta, cursorRegistry);
            }

            @Override
            protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
                                                               List<IndexKey> keys, boolean sparse) {
                return secondary(indexName, keys,
                        () -> super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse));
            }

            @Override
            protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
                                                            List<IndexKey> keys, boolean sparse) {
                MVMap<KeyValue, Object> map = getMvStore().openMap(
                        IndexKeyOrder.indexMapName(getFullCollectionNamespace(collectionName), indexName),
                        IndexKeyOrder.indexMap());
                return new NativeUniqueIndex(map, indexName, keys, sparse);
            }
        }

        private static final class Collection extends H2Collection {

            /**
             * False while H2Collection's constructor runs: it logs the stored data size (reading it whatever the log
             * level), which must not read the whole collection at every start.
             */
            private final boolean opened;

            Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                       MVMap<String, Object> meta, CursorRegistry cursors) {
                super(database, name, options, data, meta, cursors);
                opened = true;
            }

            @Override
            protected boolean tracksDataSize() {
                return false;
            }

            /**
             * The exact size, read over the collection under its lock (a write changes a document in place); the
             * stored counter of older files is no longer kept.
             */
            @Override
            protected synchronized int getDataSize() {
                return opened ? dataSize(streamAllDocumentsWithPosition()) : super.getDataSize();
            }

            @Override
            protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit,
                                                 int batchSize, Document fieldSelector) {
                return byIndexedValue(getCollectionName(), query, getIndexes(),
                        positions -> matchDocuments(query, positions, orderBy, skip, limit, batchSize, fieldSelector),
                        () -> super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector));
            }
        }
    }

    private static final class MemoryUniqueLookup extends MemoryBackend {

        @Override
        public MemoryDatabase openOrCreateDatabase(String databaseName) {
            return new Database(databaseName, getCursorRegistry());
        }

        private static final class Database extends MemoryDatabase {

            Database(String databaseName, CursorRegistry cursors) {
                super(databaseName, cursors);
            }

            @Override
            protected MemoryCollection openOrCreateCollection(String name, CollectionOptions options) {
                return new Collection(this, name, options, cursorRegistry);
            }

            @Override
            protected Index<Integer> openOrCreateSecondaryIndex(String collectionName, String indexName,
                                                                List<IndexKey> keys, boolean sparse) {
                return secondary(indexName, keys,
                        () -> super.openOrCreateSecondaryIndex(collectionName, indexName, keys, sparse));
            }
        }

        private static final class Collection extends MemoryCollection {

            Collection(MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
                super(database, name, options, cursors);
            }

            @Override
            protected boolean tracksDataSize() {
                return false;
            }

            @Override
            protected synchronized int getDataSize() {
                return dataSize(streamAllDocumentsWithPosition());
            }

            @Override
            protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit,
                                                 int batchSize, Document fieldSelector) {
                return byIndexedValue(getCollectionName(), query, getIndexes(),
                        positions -> matchDocuments(query, positions, orderBy, skip, limit, batchSize, fieldSelector),
                        () -> super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector));
            }
        }
    }
}
