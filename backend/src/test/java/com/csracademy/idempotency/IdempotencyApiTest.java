package com.csracademy.idempotency;

import java.util.Map;
import java.util.UUID;

import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;


class IdempotencyApiTest extends ApiTest {

    private Map<String, Object> cohort(String id, String name) {
        return Map.of("id", id, "name", name, "departmentId", "csc", "startDate", "2026-12-07");
    }

    @Test
    void aRetriedCreateWithTheSameKeyGetsTheFirstAnswerAndCreatesOnce() {
        String key = UUID.randomUUID().toString();
        String id = "c-" + key.substring(0, 8);
        as("ts1").post().uri("/api/v1/cohorts").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(cohort(id, "幂等测试班")).exchange()
                .expectStatus().isCreated()
                .expectHeader().doesNotExist("Idempotent-Replayed");
        as("ts1").post().uri("/api/v1/cohorts").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(cohort(id, "幂等测试班")).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody().jsonPath("$.id").isEqualTo(id).jsonPath("$.name").isEqualTo("幂等测试班");
        // without the key the same body is a real second create, which the store refuses
        as("ts1").post().uri("/api/v1/cohorts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(cohort(id, "幂等测试班")).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aStreamedBodyOverTheLimitIs413AndTheKeyStaysFree() {
        String key = UUID.randomUUID().toString();
        String id = "c-" + key.substring(0, 8);
        byte[] huge = ("{\"id\": \"" + id + "\", \"name\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // chunked, without a Content-Length, so only reading finds out
        Flux<DataBuffer> chunks = Flux.range(0, huge.length / 65536 + 1)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(java.util.Arrays.copyOfRange(huge,
                        i * 65536, Math.min(huge.length, (i + 1) * 65536))));
        as("ts1").post().uri("/api/v1/cohorts").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .body(chunks, DataBuffer.class).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectBody().jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/payload-too-large");
        as("ts1").post().uri("/api/v1/cohorts").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(cohort(id, "甲")).exchange().expectStatus().isCreated()
                .expectHeader().doesNotExist("Idempotent-Replayed");
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        as("ts1").post().uri("/api/v1/cohorts").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(cohort("c-" + key.substring(0, 8), "甲")).exchange().expectStatus().isCreated();
        as("ts1").post().uri("/api/v1/cohorts").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(cohort("c-" + key.substring(0, 8) + "b", "乙")).exchange()
                .expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/idempotency-key-reused");
    }

    @Test
    void keysBelongToTheCaller() {
        String key = UUID.randomUUID().toString();
        as("ts1").post().uri("/api/v1/cohorts").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(cohort("c-" + key.substring(0, 8), "甲")).exchange().expectStatus().isCreated();
        // another caller using the same key value is a separate request: it runs, and here conflicts on the id
        as("admin").post().uri("/api/v1/cohorts").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(cohort("c-" + key.substring(0, 8), "甲")).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectHeader().doesNotExist("Idempotent-Replayed");
    }

    @Test
    void aRejectedRequestIsReplayedAsRejectedNotRunAgain() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> invalid = Map.of("id", "bad id!", "name", "x");
        as("ts1").post().uri("/api/v1/cohorts").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(invalid).exchange().expectStatus().isBadRequest();
        as("ts1").post().uri("/api/v1/cohorts").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(invalid).exchange().expectStatus().isBadRequest()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
