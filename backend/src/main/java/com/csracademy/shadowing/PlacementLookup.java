package com.csracademy.shadowing;

import com.csracademy.people.BranchPlacements;
import com.csracademy.shadowing.persistence.PlacementDocument;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Tells the people module which trainees a branch mentor hosts (any placement, current or past). */
@Component
class PlacementLookup implements BranchPlacements {

    private final ReactiveMongoTemplate mongo;

    PlacementLookup(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Mono<Boolean> isPlacedWith(String traineeId, String branchMentorId) {
        return mongo.exists(query(where("traineeId").is(traineeId).and("branchMentorId").is(branchMentorId)),
                PlacementDocument.class);
    }
}
