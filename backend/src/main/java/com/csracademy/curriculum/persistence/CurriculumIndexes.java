package com.csracademy.curriculum.persistence;

import com.csracademy.shared.StartupTask;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The indexes the curriculum's queries need, created before traffic is accepted. */
@Component
class CurriculumIndexes implements StartupTask {

    private final ReactiveMongoTemplate mongo;

    CurriculumIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "curriculum indexes";
    }

    @Override
    public int order() {
        return -20;
    }

    @Override
    public Mono<Void> run() {
        return Mono.when(
                mongo.indexOps(LessonDocument.class).createIndex(new Index("courseId", Sort.Direction.ASC)),
                mongo.indexOps(ProgressDocument.class).createIndex(new Index("traineeId", Sort.Direction.ASC)),
                mongo.indexOps(ExemptionDocument.class).createIndex(new Index("traineeId", Sort.Direction.ASC)));
    }
}
