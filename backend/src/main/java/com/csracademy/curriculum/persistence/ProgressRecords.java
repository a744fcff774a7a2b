package com.csracademy.curriculum.persistence;

import java.time.Duration;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Lesson progress, changed only by single-document atomic updates: {@code $min} keeps the first opened
 * and completed times whatever the order or number of events, {@code $inc} adds reading time without a
 * read-modify-write, and an upsert creates the record on the first event.
 */
@Component
public class ProgressRecords {

    private final ReactiveMongoTemplate mongo;

    ProgressRecords(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<ProgressDocument> opened(String traineeId, String lessonId, String courseId, Instant at) {
        return apply(traineeId, lessonId, courseId, at, base(traineeId, lessonId, courseId, at)
                .min("openedAt", at).inc("secondsSpent", 0));
    }

    public Mono<ProgressDocument> heartbeat(String traineeId, String lessonId, String courseId, Instant at,
                                            int seconds) {
        return apply(traineeId, lessonId, courseId, at, base(traineeId, lessonId, courseId, at)
                .inc("secondsSpent", seconds));
    }

    /** Completing a lesson also counts as opening it, if no OPENED came first. */
    public Mono<ProgressDocument> completed(String traineeId, String lessonId, String courseId, Instant at) {
        return apply(traineeId, lessonId, courseId, at, base(traineeId, lessonId, courseId, at)
                .min("openedAt", at).min("completedAt", at).inc("secondsSpent", 0));
    }

    public Flux<ProgressDocument> of(String traineeId) {
        return mongo.find(query(where("traineeId").is(traineeId)).with(Sort.by("_id")), ProgressDocument.class);
    }

    private static Update base(String traineeId, String lessonId, String courseId, Instant at) {
        return new Update().setOnInsert("traineeId", traineeId).setOnInsert("lessonId", lessonId)
                .setOnInsert("courseId", courseId).max("lastEventAt", at);
    }

    private Mono<ProgressDocument> apply(String traineeId, String lessonId, String courseId, Instant at,
                                         Update update) {
        // Two first events racing to create the record: the loser's upsert hits the unique _id; retried,
        // it finds the record and updates it.
        return mongo.findAndModify(query(where("_id").is(ProgressDocument.idOf(traineeId, lessonId))), update,
                        FindAndModifyOptions.options().upsert(true).returnNew(true), ProgressDocument.class)
                .retryWhen(Retry.backoff(5, Duration.ofMillis(5)).filter(DuplicateKeyException.class::isInstance));
    }
}
