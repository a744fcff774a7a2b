package com.csracademy.curriculum.persistence;

import com.csracademy.curriculum.persistence.ExemptionDocument.Grant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Exemptions, one document per trainee and course, each change one atomic write. */
@Component
public class Exemptions {

    private final ReactiveMongoTemplate mongo;

    Exemptions(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Flux<ExemptionDocument> of(String traineeId) {
        return mongo.find(query(where("traineeId").is(traineeId)).with(Sort.by("courseId")),
                ExemptionDocument.class);
    }

    public Mono<ExemptionDocument> find(String traineeId, String courseId) {
        return mongo.findById(ExemptionDocument.idOf(traineeId, courseId), ExemptionDocument.class);
    }

    /**
     * Puts a grant in force unless one already is; empty when one is. The update matches only a record
     * without a grant in force, so when one exists the upsert collides with its id and is refused by the
     * store: two concurrent grants cannot both win.
     */
    public Mono<ExemptionDocument> grant(String traineeId, String courseId, Grant grant) {
        return mongo.findAndModify(
                        query(where("_id").is(ExemptionDocument.idOf(traineeId, courseId)).and("current").isNull()),
                        new Update().set("current", grant).setOnInsert("traineeId", traineeId)
                                .setOnInsert("courseId", courseId),
                        FindAndModifyOptions.options().upsert(true).returnNew(true), ExemptionDocument.class)
                .onErrorResume(DuplicateKeyException.class, e -> Mono.empty());
    }

    /**
     * Moves the grant in force, as read, to the revoked ones with who, when and why; empty when that grant
     * is no longer the one in force (revoked meanwhile).
     */
    public Mono<ExemptionDocument> revoke(String traineeId, String courseId, Grant inForce, Grant revoked) {
        return mongo.findAndModify(
                query(where("_id").is(ExemptionDocument.idOf(traineeId, courseId))
                        .and("current.grantedAt").is(inForce.grantedAt())
                        .and("current.grantedBy").is(inForce.grantedBy())),
                new Update().unset("current").push("revoked", revoked),
                FindAndModifyOptions.options().returnNew(true), ExemptionDocument.class);
    }
}
