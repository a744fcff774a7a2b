package com.csracademy.people.persistence;

import com.csracademy.shared.StartupTask;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The indexes the people module's queries and uniqueness rules need, created before traffic is accepted. */
@Component
class PeopleIndexes implements StartupTask {

    private final ReactiveMongoTemplate mongo;

    PeopleIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "people indexes";
    }

    @Override
    public int order() {
        return -20;
    }

    @Override
    public Mono<Void> run() {
        return Mono.when(
                mongo.indexOps(PersonDocument.class).createIndex(new Index("subject", Sort.Direction.ASC).unique()),
                mongo.indexOps(PersonDocument.class).createIndex(new Index("username", Sort.Direction.ASC).unique()),
                // the department heads a journey transition notifies: a handful among everyone
                mongo.indexOps(PersonDocument.class).createIndex(new Index("roles", Sort.Direction.ASC)),
                mongo.indexOps(TraineeDocument.class).createIndex(new Index("cohortId", Sort.Direction.ASC)),
                mongo.indexOps(MentorshipDocument.class).createIndex(new Index("traineeId", Sort.Direction.ASC)),
                mongo.indexOps(MentorshipDocument.class).createIndex(new Index("mentorId", Sort.Direction.ASC)),
                mongo.indexOps(MentorshipSlot.class).createIndex(new Index("mentorshipId", Sort.Direction.ASC)));
    }
}
