package com.csracademy.store;

import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Test;

class HealthApiTest extends ApiTest {

    @Test
    void healthIsUpAndSaysWhichStoreIsInUse() {
        boolean realMongo = System.getenv("ACADEMY_TEST_MONGODB_URI") != null;
        web.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.status").isEqualTo("UP")
                .jsonPath("$.components.mongo.details.store").isEqualTo(realMongo ? "mongodb" : "embedded");
    }

    @Test
    void theOpenApiDocumentDescribesTheVersionedApi() {
        web.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.openapi").value(v -> org.assertj.core.api.Assertions.assertThat((String) v).startsWith("3.1"))
                .jsonPath("$.paths['/api/v1/me']").exists()
                .jsonPath("$.paths['/api/v1/mentorships']").exists();
    }
}
