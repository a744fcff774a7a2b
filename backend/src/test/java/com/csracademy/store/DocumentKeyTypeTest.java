package com.csracademy.store;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentKeyTypeTest {

    /**
     * The failure this type avoids: H2's shared {@code ObjectDataType} loses comparisons of {@code ObjectId} keys
     * while another thread writes keys of another type (about 5 in 13 million comparisons in half a second here,
     * docs/performance.md, eleventh round), so one second of it fails with near certainty when the type is shared.
     */
    @Test
    void keysCompareWhileAnotherThreadWritesKeysOfAnotherType() throws InterruptedException {
        DocumentKeyType type = new DocumentKeyType();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            WriteBuffer buffer = new WriteBuffer();
            ObjectId id = new ObjectId();
            try {
                while (!stop.get()) {
                    buffer.clear();
                    type.write(buffer, "a-string-key");
                    type.write(buffer, id);
                }
            } catch (Throwable e) {
                writerFailure.set(e);
            }
        });
        writer.start();
        ObjectId first = new ObjectId();
        ObjectId second = new ObjectId();
        int expected = first.compareTo(second);
        long compared = 0;
        try {
            long end = System.nanoTime() + 1_000_000_000L;
            while (System.nanoTime() < end) {
                assertThat(type.compare(first, second)).isEqualTo(expected);
                compared++;
            }
        } finally {
            stop.set(true);
            writer.join();
        }
        assertThat(writerFailure.get()).isNull();
        assertThat(compared).isGreaterThan(100_000);
    }

    @Test
    void keysAreWrittenAsTheStockTypeWritesThem() {
        ObjectDataType stock = new ObjectDataType();
        DocumentKeyType type = new DocumentKeyType();
        for (Object key : List.of("01a250e5-53b1-73a1-b6ee-973774a08058", new ObjectId(), 42, 7L, "")) {
            WriteBuffer ours = new WriteBuffer();
            WriteBuffer theirs = new WriteBuffer();
            type.write(ours, key);
            stock.write(theirs, key);
            assertThat(bytes(ours)).as("%s", key).isEqualTo(bytes(theirs));
            assertThat(type.read(ours.getBuffer().flip())).isEqualTo(key);
            assertThat(type.compare(key, stock.read(ByteBuffer.wrap(bytes(theirs))))).isZero();
        }
    }

    private static byte[] bytes(WriteBuffer buffer) {
        ByteBuffer written = buffer.getBuffer().duplicate().flip();
        byte[] bytes = new byte[written.remaining()];
        written.get(bytes);
        return bytes;
    }
}
