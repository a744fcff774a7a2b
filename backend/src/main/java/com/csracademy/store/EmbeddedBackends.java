package com.csracademy.store;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's backends (H2 file store and memory), with two changes.
 *
 * <p><b>A query that names a plain value of a unique single-field index reads that one document through the
 * index</b>, whatever else it asks. The stock backends use an index only when the query has exactly the index's
 * fields, so {@code {_id: X, status: "OPEN", deadline: {$gt: now}}} (the guarded update of an exam answer, of a
 * form, of a score) read and matched every document of the collection; with thousands of attempts that scan was
 * most of an autosave's cost, and it grew with the collection (docs/performance.md, fifth round). A document that
 * matches such a query can only be the one with that value, so reading it by the index and matching the whole
 * query against it gives the same answer (EmbeddedBackendsTest).
 *
 * <p><b>The H2 file keeps documents as BSON</b> ({@link BsonDocumentType}) instead of Java serialization; the map
 * names are the stock ones, and a file written before opens unchanged (its documents are rewritten as BSON as
 * they change).
 */
final class EmbeddedBackends {

    // the stock H2Database's map names (its constants are not public); an existing file's layout depends on them
    private static final String DATA_PREFIX = "databases.";
    private static final String META_PREFIX = "meta.";

    private EmbeddedBackends() {
    }

    static H2Backend h2(MVStore store) {
        return new H2UniqueLookup(store);
    }

    static MongoBackend memory() {
        return new MemoryUniqueLookup();
    }

    /**
     * The document the first fitting unique single-field index holds for the query's value, matched against the
     * whole query; or the stock query when no index fits.
     */
    private static <P> QueryResult byUniqueKey(Document query, List<Index<P>> indexes,
                                               Function<Iterable<P>, QueryResult> match, Supplier<QueryResult> stock) {
        if (query.size() > 1) {
            for (Index<P> index : indexes) {
                if (index.getKeys().size() != 1) {
                    continue;
                }
                String key = index.getKeys().get(0).getKey();
                Object value = query.get(key);
                // strings and ObjectIds only: their equality in the index is plain equality (numbers are not: 1 = 1.0)
                if (value instanceof String || value instanceof ObjectId) {
                    Document byKey = new Document(key, value);
                    if (index.canHandle(byKey)) {
                        return match.apply(index.getPositions(byKey));
                    }
                }
            }
        }
        return stock.get();
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
                        new MVMap.Builder<Object, Document>().valueType(new BsonDocumentType()));
                MVMap<String, Object> meta = getMvStore().openMap(META_PREFIX + namespace);
                return new Collection(this, name, options, data, meta, cursorRegistry);
            }
        }

        private static final class Collection extends H2Collection {

            Collection(MongoDatabase database, String name, CollectionOptions options, MVMap<Object, Document> data,
                       MVMap<String, Object> meta, CursorRegistry cursors) {
                super(database, name, options, data, meta, cursors);
            }

            @Override
            protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit,
                                                 int batchSize, Document fieldSelector) {
                return byUniqueKey(query, getIndexes(),
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
        }

        private static final class Collection extends MemoryCollection {

            Collection(MongoDatabase database, String name, CollectionOptions options, CursorRegistry cursors) {
                super(database, name, options, cursors);
            }

            @Override
            protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit,
                                                 int batchSize, Document fieldSelector) {
                return byUniqueKey(query, getIndexes(),
                        positions -> matchDocuments(query, positions, orderBy, skip, limit, batchSize, fieldSelector),
                        () -> super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector));
            }
        }
    }
}
