package com.csracademy.store;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Replaces Boot's Mongo health check: that one sends {@code hello}, which the embedded server does not
 * know; {@code ping} works on both stores. The details say which store is in use.
 */
@Component("mongoHealthIndicator")
class StoreHealthIndicator extends AbstractReactiveHealthIndicator {

    private final ReactiveMongoTemplate mongo;
    private final StoreDescription store;

    StoreHealthIndicator(ReactiveMongoTemplate mongo, StoreDescription store) {
        super("Store health check failed");
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return mongo.getMongoDatabase()
                .flatMap(db -> Mono.from(db.runCommand(new Document("ping", 1)))
                        .map(answer -> builder.up()
                                .withDetail("store", store.kind())
                                .withDetail("location", store.location())
                                .withDetail("database", db.getName())
                                .build()));
    }
}
