package com.csracademy.audit;

import java.util.List;

import com.csracademy.shared.IndexDeclarations;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The audit log's searches: newest first, and one actor's newest first. */
@Component
class AuditIndexes extends IndexDeclarations {

    AuditIndexes(ReactiveMongoTemplate mongo) {
        super("audit indexes", mongo);
    }

    @Override
    protected List<Mono<String>> indexes() {
        return List.of(
                mongo.indexOps(AuditEntry.class).createIndex(new Index("at", Sort.Direction.DESC)),
                mongo.indexOps(AuditEntry.class).createIndex(new Index().on("actorPersonId", Sort.Direction.ASC)
                        .on("at", Sort.Direction.DESC)));
    }
}
