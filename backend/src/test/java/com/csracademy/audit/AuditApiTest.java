package com.csracademy.audit;

import java.util.Map;
import java.util.UUID;

import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class AuditApiTest extends ApiTest {

    @Test
    void aStateChangingRequestIsRecordedWithWhoWhatAndOutcome() {
        String cohort = "c-" + UUID.randomUUID().toString().substring(0, 8);
        as("ts1").post().uri("/api/v1/cohorts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", cohort, "name", "审计测试班", "departmentId", "csc", "startDate", "2026-12-07"))
                .exchange().expectStatus().isCreated();
        as("head").get().uri("/api/v1/audit?actor=ts1&path=/api/v1/cohorts&method=post").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].actorPersonId").isEqualTo("ts1")
                .jsonPath("$.items[0].method").isEqualTo("POST")
                .jsonPath("$.items[0].outcome").isEqualTo("SUCCEEDED")
                .jsonPath("$.items[0].status").isEqualTo(201)
                .jsonPath("$.items[0].roles[0]").isEqualTo("TRAINING_SPECIALIST");
    }

    @Test
    void aDeniedWriteIsRecordedAsRejectedWithTheTargetIds() {
        as("t04").post().uri("/api/v1/trainees/t04/mentor").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("mentorId", "m09", "reason", "自己换导师")).exchange()
                .expectStatus().isForbidden();
        as("admin").get().uri("/api/v1/audit?actor=t04&outcome=REJECTED").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].status").isEqualTo(403)
                .jsonPath("$.items[0].path").isEqualTo("/api/v1/trainees/t04/mentor");
    }

    @Test
    void readsAreNotAudited() {
        as("t06").get().uri("/api/v1/me").exchange().expectStatus().isOk();
        as("admin").get().uri("/api/v1/audit?actor=t06").exchange()
                .expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void pageSizeIsCapped() {
        as("admin").get().uri("/api/v1/audit?size=100000").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.size").isEqualTo(200);
    }

    @Test
    void mentorsCannotReadTheAuditLog() {
        as("m02").get().uri("/api/v1/audit").exchange().expectStatus().isForbidden();
    }
}
