package com.csracademy.shared;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import reactor.core.publisher.Mono;

/**
 * A module's indexes, created before traffic is accepted (order -20, before the tasks that fill the store). On
 * MongoDB they are ordinary indexes; the embedded store keeps the single-field ones in memory (ADR 0001).
 */
public abstract class IndexDeclarations implements StartupTask {

    private final String name;
    protected final ReactiveMongoTemplate mongo;

    protected IndexDeclarations(String name, ReactiveMongoTemplate mongo) {
        this.name = name;
        this.mongo = mongo;
    }

    /** The index creations; declaring an existing index again changes nothing. */
    protected abstract List<Mono<String>> indexes();

    /** An ascending single-field index on {@code type}'s collection. */
    protected Mono<String> ascending(Class<?> type, String field) {
        return mongo.indexOps(type).createIndex(new Index(field, Sort.Direction.ASC));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int order() {
        return -20;
    }

    @Override
    public Mono<Void> run() {
        return Mono.when(indexes());
    }
}
