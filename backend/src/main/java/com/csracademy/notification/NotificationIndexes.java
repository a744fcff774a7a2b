package com.csracademy.notification;

import java.util.List;

import com.csracademy.shared.IndexDeclarations;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The indexes the notifications' reads need. */
@Component
class NotificationIndexes extends IndexDeclarations {

    NotificationIndexes(ReactiveMongoTemplate mongo) {
        super("notification indexes", mongo);
    }

    /**
     * The person's newest first (MongoDB); and the recipient alone, which is what the embedded store can keep (it
     * ignores compound indexes, ADR 0001): without it the bell of every open page read every notification.
     */
    @Override
    protected List<Mono<String>> indexes() {
        return List.of(
                mongo.indexOps(Notification.class).createIndex(new Index().on("recipientId", Sort.Direction.ASC)
                        .on("createdAt", Sort.Direction.DESC)),
                ascending(Notification.class, "recipientId"));
    }
}
