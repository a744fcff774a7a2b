package com.csracademy.content;

import java.time.Clock;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Records which version (hash) of each piece of content is loaded, so importing the same content
 * again changes nothing.
 */
@Component
public class ContentVersions {

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    ContentVersions(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Runs {@code load} only when {@code hash} differs from the recorded version of {@code key}, then
     * records it. Answers whether anything was loaded.
     */
    public Mono<Boolean> loadIfChanged(String key, String hash, Mono<Void> load) {
        return mongo.findById(key, ContentVersion.class)
                .map(v -> v.hash().equals(hash))
                .defaultIfEmpty(false)
                .flatMap(same -> same ? Mono.just(false)
                        : load.then(mongo.save(new ContentVersion(key, hash, clock.instant()))).thenReturn(true));
    }

    public Mono<ContentVersion> current(String key) {
        return mongo.findById(key, ContentVersion.class);
    }

    /** One loaded piece of content. */
    @Document("content_versions")
    public record ContentVersion(@Id String key, String hash, Instant loadedAt) {
    }
}
