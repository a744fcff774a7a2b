package com.csracademy.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import com.csracademy.shared.NotFoundException;
import com.csracademy.shared.web.Page;
import com.csracademy.shared.web.PageRequest;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Sends (stores), lists and streams notifications. */
@Service
public class Notifications {

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    Notifications(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * Notifies each recipient once per {@code source}; a repeat is ignored. All of them in one round trip: an
     * unordered insert stores every new notification even where some recipients had theirs already (their ids,
     * recipient and source, are taken), which is how a retry after a crash completes a half-done send.
     */
    public Mono<Void> send(Collection<String> recipients, String kind, String title, String body, String link,
                           String source) {
        Instant now = clock.instant();
        List<Notification> notifications = recipients.stream().distinct()
                .map(recipient -> new Notification(recipient + "|" + source, recipient, kind, title, body, link, source,
                        now, null))
                .toList();
        if (notifications.isEmpty()) {
            return Mono.empty();
        }
        return mongo.bulkOps(BulkMode.UNORDERED, Notification.class).insert(notifications).execute()
                .onErrorResume(Notifications::onlyRepeats, repeats -> Mono.empty())
                .then();
    }

    /** Whether every document a bulk insert refused was refused for a taken id: those were sent before. */
    private static boolean onlyRepeats(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof MongoBulkWriteException bulk) {
                return bulk.getWriteConcernError() == null && !bulk.getWriteErrors().isEmpty()
                        && bulk.getWriteErrors().stream()
                        .allMatch(refused -> ErrorCategory.fromErrorCode(refused.getCode())
                                == ErrorCategory.DUPLICATE_KEY);
            }
        }
        return false;
    }

    public Mono<Page<Notification>> mine(String personId, boolean unreadOnly, PageRequest page) {
        Query filter = query(where("recipientId").is(personId));
        if (unreadOnly) {
            filter.addCriteria(where("readAt").isNull());
        }
        // counted from the ids, not with a count (an aggregation, which the embedded store runs over every
        // notification of everyone); one person's notifications are a few hundred at most
        Query ids = Query.of(filter);
        ids.fields().include("_id");
        return Mono.zip(mongo.find(Query.of(filter).with(page.toPageable(Sort.by(Sort.Direction.DESC, "createdAt"))),
                                Notification.class).collectList(),
                        mongo.find(ids, org.bson.Document.class,
                                mongo.getCollectionName(Notification.class)).count())
                .map(t -> new Page<>(t.getT1(), page.page(), page.size(), t.getT2()));
    }

    public Mono<Notification> markRead(String personId, String id) {
        return mongo.findAndModify(query(where("_id").is(id).and("recipientId").is(personId)),
                        new Update().min("readAt", clock.instant()), FindAndModifyOptions.options().returnNew(true),
                        Notification.class)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Notification", id)));
    }

    /**
     * New notifications for a person as they are stored, polled from the store every {@code every}, so any
     * instance can serve the stream; starts after {@code since}.
     */
    public Flux<Notification> stream(String personId, Instant since, Duration every) {
        Instant[] last = {since};
        return Flux.interval(Duration.ZERO, every)
                .concatMap(tick -> mongo.find(query(where("recipientId").is(personId).and("createdAt").gt(last[0]))
                        .with(Sort.by("createdAt")), Notification.class))
                .doOnNext(n -> {
                    if (n.createdAt().isAfter(last[0])) {
                        last[0] = n.createdAt();
                    }
                });
    }
}
