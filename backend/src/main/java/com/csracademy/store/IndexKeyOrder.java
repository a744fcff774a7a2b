package com.csracademy.store;

import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the unique-index maps of a file written before {@link IndexKeyType} into its order, once per file: each map is
 * copied into a new map of that type, then takes the old one's place. A map is only ever replaced by a complete,
 * committed copy, so a start that stops half-way leaves a file the next start finishes: a copy whose original is
 * still there is made again, a copy whose original is already gone takes its name. The file records that it is done
 * ({@link #FORMAT_MAP}), and later starts skip the work.
 */
final class IndexKeyOrder {

    /**
     * What this file's format has been brought to. Names of our own maps start with {@code $}, which no database
     * name holds, so the stock backend's prefixes ({@code databases.}, {@code <database>.}) never take them in.
     */
    static final String FORMAT_MAP = "$csr-academy.format";

    static final String KEY_ORDER = "uniqueIndexKeys";

    static final String NATIVE = "values";

    /** The stock backend's unique-index maps: {@code <database>.<collection>._index_<index name>}. */
    private static final String INDEX_MARK = "._index_";

    private static final String COPY_PREFIX = "$csr-academy.copy.";

    private static final Logger log = LoggerFactory.getLogger(IndexKeyOrder.class);

    private IndexKeyOrder() {
    }

    static MVMap.Builder<KeyValue, Object> indexMap() {
        return new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType());
    }

    /** The map of a unique index, named as the stock backend names it. */
    static String indexMapName(String collectionNamespace, String indexName) {
        return collectionNamespace + INDEX_MARK + indexName;
    }

    private static boolean isIndexMap(String name) {
        return name.contains(INDEX_MARK) && !name.startsWith(COPY_PREFIX);
    }

    /** Brings the file's unique indexes into {@link IndexKeyType}'s order unless it is there already. */
    static void ensure(MVStore store) {
        MVMap<String, String> format = store.openMap(FORMAT_MAP);
        if (NATIVE.equals(format.get(KEY_ORDER))) {
            return;
        }
        for (String name : List.copyOf(store.getMapNames())) {
            if (name.startsWith(COPY_PREFIX)) {
                String original = name.substring(COPY_PREFIX.length());
                if (store.hasMap(original)) {
                    store.removeMap(name);
                } else {
                    store.renameMap(store.openMap(name, indexMap()), original);
                }
            }
        }
        int maps = 0;
        long keys = 0;
        for (String name : List.copyOf(store.getMapNames())) {
            if (isIndexMap(name)) {
                keys += rewrite(store, name);
                maps++;
            }
        }
        format.put(KEY_ORDER, NATIVE);
        store.commit();
        if (maps > 0) {
            log.info("Embedded store: {} unique indexes ({} keys) put into value order, once", maps, keys);
        }
    }

    private static long rewrite(MVStore store, String name) {
        MVMap<Object, Object> old = store.openMap(name);
        MVMap<KeyValue, Object> copy = store.openMap(COPY_PREFIX + name, indexMap());
        copy.clear();
        for (Map.Entry<Object, Object> entry : old.entrySet()) {
            copy.put((KeyValue) entry.getKey(), entry.getValue());
        }
        long keys = copy.sizeAsLong();
        store.commit();
        store.removeMap(old);
        store.renameMap(copy, name);
        store.commit();
        return keys;
    }
}
