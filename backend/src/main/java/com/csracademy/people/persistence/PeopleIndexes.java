package com.csracademy.people.persistence;

import java.util.List;

import com.csracademy.shared.IndexDeclarations;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The indexes the people module's queries and uniqueness rules need. */
@Component
class PeopleIndexes extends IndexDeclarations {

    PeopleIndexes(ReactiveMongoTemplate mongo) {
        super("people indexes", mongo);
    }

    @Override
    protected List<Mono<String>> indexes() {
        return List.of(
                mongo.indexOps(PersonDocument.class).createIndex(new Index("subject", Sort.Direction.ASC).unique()),
                mongo.indexOps(PersonDocument.class).createIndex(new Index("username", Sort.Direction.ASC).unique()),
                // the department heads a journey transition notifies: a handful among everyone
                ascending(PersonDocument.class, "roles"),
                ascending(TraineeDocument.class, "cohortId"),
                ascending(MentorshipDocument.class, "traineeId"),
                ascending(MentorshipDocument.class, "mentorId"),
                ascending(MentorshipSlot.class, "mentorshipId"));
    }
}
