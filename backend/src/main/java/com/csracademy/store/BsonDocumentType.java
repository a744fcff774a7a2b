package com.csracademy.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Collection;
import java.util.Map;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded store keeps a document in its file: as BSON, with mongo-java-server's own codec (the one its
 * wire protocol uses), instead of the H2 default, Java serialization of the {@link Document} object.
 *
 * <p>Java serialization wrote class descriptors and boxed every value; reading and writing a 40-question attempt
 * that way cost about three times the BSON round trip, and the store did it on every change and every page it
 * loaded (docs/performance.md, sixth round). A value is a tag byte ({@link #BSON}, which H2's
 * {@link ObjectDataType} never writes: its tags stop at 119) followed by the BSON document.
 *
 * <p><b>Older files need no migration step:</b> a value without the tag is one written before, and is read by
 * H2's {@link ObjectDataType} as it was written; it is written back as BSON the next time the document changes.
 * A document the BSON codec cannot encode (a value of a type the wire protocol does not have) is kept with Java
 * serialization rather than refused. The other direction does not hold: the stock backend cannot read a value
 * written here, so a file is not taken back to an older CSR Academy (restore a logical backup instead; see
 * docs/operations.md).
 */
final class BsonDocumentType extends BasicDataType<Document> {

    /** The tag of a BSON value. */
    static final byte BSON = 126;

    /** A BSON document is at most 16 MB; the encoding buffer of a thread is let go after one larger than this. */
    private static final int KEPT_BUFFER_BYTES = 1 << 20;

    private static final ThreadLocal<ByteBuf> BUFFERS = ThreadLocal.withInitial(() -> Unpooled.buffer(8 * 1024));

    /** Reads the values written before, and writes the rare document BSON cannot hold. */
    private final ObjectDataType legacy = new ObjectDataType();

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }

    @Override
    public void write(WriteBuffer buff, Document document) {
        ByteBuf bson = BUFFERS.get();
        bson.clear();
        try {
            BsonEncoder.encodeDocument(document, bson);
        } catch (RuntimeException notEncodable) {
            legacy.write(buff, document);
            return;
        } finally {
            if (bson.capacity() > KEPT_BUFFER_BYTES) {
                BUFFERS.remove();
            }
        }
        buff.put(BSON);
        buff.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), bson.readableBytes());
    }

    @Override
    public Document read(ByteBuffer buff) {
        int at = buff.position();
        if (buff.get(at) != BSON) {
            return (Document) legacy.read(buff);
        }
        int length = buff.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(at + 1);
        ByteBuffer value = buff.duplicate();
        value.position(at + 1).limit(at + 1 + length);
        buff.position(at + 1 + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(value));
    }

    /**
     * What the document takes on the heap, roughly (for the page cache's accounting): object headers, the map
     * entries, strings at two bytes a character.
     */
    @Override
    public int getMemory(Document document) {
        return memory(document);
    }

    private static int memory(Object value) {
        if (value instanceof Map<?, ?> map) {
            int bytes = 96;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                bytes += 48 + memory(e.getKey()) + memory(e.getValue());
            }
            return bytes;
        }
        if (value instanceof Collection<?> list) {
            int bytes = 48 + 8 * list.size();
            for (Object item : list) {
                bytes += memory(item);
            }
            return bytes;
        }
        if (value instanceof String s) {
            return 48 + 2 * s.length();
        }
        return 24;
    }
}
