package com.csracademy.store;

import java.nio.ByteBuffer;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of a collection's documents in the file store ({@code _id} values): H2's {@link ObjectDataType}, the
 * stock backend's, with one instance per thread instead of one per map.
 *
 * <p>{@code ObjectDataType} keeps the type of the last value it handled in a plain field, and its comparison of two
 * keys of a serialized type (an {@code ObjectId} {@code _id}, for instance) asks for that type twice and expects the
 * same object both times. The store's own threads write keys (and so move that field) while the server's workers
 * compare them; when a write lands between the two lookups the comparison throws {@code "Can not compare"} and the
 * insert or lookup fails. Measured with two threads on one shared instance: 5 failed comparisons in 13 million
 * (docs/performance.md, eleventh round). The bytes on disk are the stock ones; only the sharing changes.
 */
final class DocumentKeyType extends BasicDataType<Object> {

    private static final ThreadLocal<ObjectDataType> TYPES = ThreadLocal.withInitial(ObjectDataType::new);

    @Override
    public Object[] createStorage(int size) {
        return new Object[size];
    }

    @Override
    public int compare(Object a, Object b) {
        return TYPES.get().compare(a, b);
    }

    @Override
    public int getMemory(Object key) {
        return TYPES.get().getMemory(key);
    }

    @Override
    public void write(WriteBuffer buff, Object key) {
        TYPES.get().write(buff, key);
    }

    @Override
    public Object read(ByteBuffer buff) {
        return TYPES.get().read(buff);
    }
}
