package com.csracademy.idempotency;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The first answer to a request with an {@code Idempotency-Key}, per caller. The unique {@code _id}
 * ({@code <subject>|<key>}) decides which of two concurrent duplicates runs.
 */
@Document("idempotency_keys")
record IdempotencyRecord(@Id String id, String requestHash, State state, int status, String contentType,
                         byte[] body, Instant createdAt) {

    enum State { IN_PROGRESS, COMPLETED }
}
