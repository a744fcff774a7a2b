package com.csracademy.curriculum.persistence;

import java.util.List;

import com.csracademy.shared.IndexDeclarations;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The indexes the curriculum's queries need. */
@Component
class CurriculumIndexes extends IndexDeclarations {

    CurriculumIndexes(ReactiveMongoTemplate mongo) {
        super("curriculum indexes", mongo);
    }

    @Override
    protected List<Mono<String>> indexes() {
        return List.of(ascending(LessonDocument.class, "courseId"), ascending(ProgressDocument.class, "traineeId"),
                ascending(ExemptionDocument.class, "traineeId"));
    }
}
