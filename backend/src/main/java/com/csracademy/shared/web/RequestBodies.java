package com.csracademy.shared.web;

import java.nio.charset.StandardCharsets;

import com.csracademy.shared.PayloadTooLargeException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Reading a whole request body with a size limit. */
public final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * The body's bytes (empty when there is none), or {@link PayloadTooLargeException} with {@code tooLarge} once
     * more than {@code maxBytes} arrived. It reads at most one byte past the limit and then cancels, so the
     * server drops the rest; {@code DataBufferUtils.join(body, max)} is not used because its overflow path
     * released the last buffer twice under Reactor Netty (an {@code IllegalReferenceCountException} that closed
     * the connection, and the client's next request on it was reset).
     */
    public static Mono<byte[]> bytes(Flux<DataBuffer> body, int maxBytes, String tooLarge) {
        return DataBufferUtils.join(DataBufferUtils.takeUntilByteCount(body, maxBytes + 1L))
                .map(buffer -> {
                    try {
                        if (buffer.readableByteCount() > maxBytes) {
                            throw new PayloadTooLargeException(tooLarge);
                        }
                        byte[] bytes = new byte[buffer.readableByteCount()];
                        buffer.read(bytes);
                        return bytes;
                    } finally {
                        DataBufferUtils.release(buffer);
                    }
                })
                .defaultIfEmpty(new byte[0]);
    }

    /** {@link #bytes} as UTF-8 text. */
    public static Mono<String> utf8(Flux<DataBuffer> body, int maxBytes, String tooLarge) {
        return bytes(body, maxBytes, tooLarge).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }
}
