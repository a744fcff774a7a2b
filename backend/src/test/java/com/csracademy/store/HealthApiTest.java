package com.csracademy.store;

import java.util.Locale;
import java.util.stream.Stream;

import com.csracademy.support.ApiTest;
import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.ReactiveHealthContributor;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.ReactiveMongoOperations;
import org.springframework.data.mongodb.gridfs.GridFsOperations;

import static org.assertj.core.api.Assertions.assertThat;

class HealthApiTest extends ApiTest {

    @Autowired
    private ApplicationContext context;

    /**
     * The store support Boot would add unasked (application.yaml's exclusions): nothing here uses a blocking
     * template, GridFS or repositories, and our own health check is the only Mongo one. The scheduler locks keep
     * their synchronous client.
     */
    @Test
    void onlyTheReactiveStoreSupportIsBuilt() {
        assertThat(context.getBeanNamesForType(MongoOperations.class)).isEmpty();
        assertThat(context.getBeanNamesForType(MongoDatabaseFactory.class)).isEmpty();
        assertThat(context.getBeanNamesForType(GridFsOperations.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ReactiveMongoOperations.class)).hasSize(1);
        assertThat(context.getBeanNamesForType(MongoClient.class)).containsExactly("schedulerLockMongoClient");
        assertThat(Stream.concat(Stream.of(context.getBeanNamesForType(HealthContributor.class)),
                        Stream.of(context.getBeanNamesForType(ReactiveHealthContributor.class)))
                .filter(name -> name.toLowerCase(Locale.ROOT).contains("mongo")))
                .containsExactly("mongoHealthIndicator");
    }

    /**
     * Only health and info are exposed, so no metric or observation is kept (the actuator starter's metrics are left
     * out in the build): each one cost every request a registry lookup and, for Spring Security's, a wrapper around
     * every filter (docs/performance.md, twelfth round).
     */
    @Test
    void nothingIsMeasuredThatNothingExposes() {
        assertThat(context.getBeanNamesForType(MeterRegistry.class)).isEmpty();
        assertThat(context.getBeanNamesForType(ObservationRegistry.class)).isEmpty();
        web.get().uri("/actuator/metrics").exchange().expectStatus().isNotFound();
    }

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
                .jsonPath("$.openapi").value(v -> assertThat((String) v).startsWith("3.1"))
                .jsonPath("$.paths['/api/v1/me']").exists()
                .jsonPath("$.paths['/api/v1/mentorships']").exists();
    }
}
