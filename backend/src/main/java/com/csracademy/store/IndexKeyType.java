package com.csracademy.store;

import java.nio.ByteBuffer;
import java.util.Arrays;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The keys of the file store's unique indexes (every {@code _id} among them), compared as values instead of as Java
 * serialization.
 *
 * <p>mongo-java-server opens each unique index as an H2 map with H2's default key type. Its keys ({@link KeyValue})
 * are not {@link Comparable}, so that type compared two keys by serializing both with {@code ObjectOutputStream} and
 * comparing the bytes, on every step of every B-tree search: 15–40 µs a lookup, 3 % of the bulk exam benchmark's
 * samples (docs/performance.md, tenth round). Here keys compare element by element with the store's own
 * {@link ValueComparator} (strings by their characters, numbers by value), and two keys that compare equal that way
 * but are not {@link KeyValue#equals equal} are ordered by their serialized bytes, so equality stays what the stock
 * index had.
 *
 * <p>On disk a key is what it was: H2's {@link ObjectDataType} reads and writes it. Only the order changes, and a map
 * written in the old order is rewritten once before it is opened with this type ({@link IndexKeyOrder}).
 */
final class IndexKeyType extends BasicDataType<KeyValue> {

    private static final ValueComparator VALUES = ValueComparator.ascWithoutListHandling();

    private final ObjectDataType serialized = new ObjectDataType();

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        if (a == b) {
            return 0;
        }
        int shared = Math.min(a.size(), b.size());
        for (int i = 0; i < shared; i++) {
            int byValue = VALUES.compare(a.get(i), b.get(i));
            if (byValue != 0) {
                return byValue;
            }
        }
        if (a.size() != b.size()) {
            return Integer.compare(a.size(), b.size());
        }
        return a.equals(b) ? 0 : Arrays.compareUnsigned(ObjectDataType.serialize(a), ObjectDataType.serialize(b));
    }

    @Override
    public int getMemory(KeyValue key) {
        return serialized.getMemory(key);
    }

    @Override
    public void write(WriteBuffer buff, KeyValue key) {
        serialized.write(buff, key);
    }

    @Override
    public KeyValue read(ByteBuffer buff) {
        return (KeyValue) serialized.read(buff);
    }
}
