package com.csracademy.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * A non-unique index on one field for the embedded store, kept in memory: for each string or ObjectId value of the
 * field, the {@code _id}s of the documents holding it (an array holds each of its elements, as in MongoDB). The stock backends
 * accept such an index and ignore it, so every query on a field other than a unique one read the whole collection
 * (ADR 0001); {@link EmbeddedBackends} reads the documents of one value through this index instead and matches the
 * whole query against them, which gives the same answer.
 *
 * <p>Nothing of it is written to the file: the backend rebuilds it from the collection when the collection is opened
 * (the index is declared in the store) or the index is created. It is never used to find a document's position
 * (that is the {@code _id} index's job), so it is declared sparse: the collection then accepts that it knows none.
 */
final class SecondaryIndex<P> extends Index<P> {

    static final String ID = "_id";
    private static final Comparator<Object> ORDER = ValueComparator.asc();

    private final Map<KeyValue, NavigableSet<Object>> idsByValue = new HashMap<>();

    SecondaryIndex(String name, IndexKey key) {
        super(name, List.of(key), true);
    }

    /** Whether the index holds and looks up this value: strings and ObjectIds, whose equality is plain equality. */
    static boolean isPlain(Object value) {
        return value instanceof String || value instanceof ObjectId;
    }

    /** The indexed field. */
    String field() {
        return getKeys().get(0).getKey();
    }

    /**
     * The {@code _id}s of the documents whose field holds {@code value} (a string or an ObjectId: stored as they
     * are, where numbers are normalized), in {@code _id} order.
     */
    synchronized List<Object> idsOf(Object value) {
        NavigableSet<Object> ids = idsByValue.get(new KeyValue(value));
        return ids == null ? List.of() : new ArrayList<>(ids);
    }

    /** How many documents hold {@code value}, to choose the narrower of two indexes. */
    synchronized int countOf(Object value) {
        NavigableSet<Object> ids = idsByValue.get(new KeyValue(value));
        return ids == null ? 0 : ids.size();
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        Object id = document.get(ID);
        for (KeyValue value : plainValues(document)) {
            idsByValue.computeIfAbsent(value, v -> new TreeSet<>(ORDER)).add(id);
        }
    }

    /**
     * The document's string and ObjectId values of the field, the only ones a lookup asks for: an index on
     * timestamps or numbers (the audit log's {@code at}) holds nothing and costs no memory.
     */
    private List<KeyValue> plainValues(Document document) {
        List<KeyValue> plain = new ArrayList<>();
        for (KeyValue value : getKeyValues(document)) {
            if (value.size() == 1 && isPlain(value.get(0))) {
                plain.add(value);
            }
        }
        return plain;
    }

    @Override
    public synchronized P remove(Document document) {
        Object id = document.get(ID);
        for (KeyValue value : plainValues(document)) {
            NavigableSet<Object> ids = idsByValue.get(value);
            if (ids != null) {
                ids.remove(id);
                if (ids.isEmpty()) {
                    idsByValue.remove(value);
                }
            }
        }
        return null;
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
                                           MongoCollection<P> collection) {
        // most updates (an answer saved, a form reviewed) leave the indexed field as it was; the _id never changes
        // (the server refuses an update of an immutable field)
        if (!plainValues(oldDocument).equals(plainValues(newDocument))) {
            remove(oldDocument);
            add(newDocument, position, collection);
        }
    }

    @Override
    public P getPosition(Document document) {
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        // not unique: any document may be added
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        // not unique: any change is allowed
    }

    /** The stock query path never uses it (it would need positions); {@link EmbeddedBackends} does. */
    @Override
    public boolean canHandle(Document query) {
        return false;
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        throw new UnsupportedOperationException("read through EmbeddedBackends");
    }

    @Override
    public synchronized long getCount() {
        return idsByValue.values().stream().mapToLong(NavigableSet::size).sum();
    }

    @Override
    public synchronized boolean isEmpty() {
        return idsByValue.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public synchronized void drop() {
        idsByValue.clear();
    }
}
