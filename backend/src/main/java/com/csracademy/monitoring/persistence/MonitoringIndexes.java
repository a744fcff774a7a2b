package com.csracademy.monitoring.persistence;

import java.util.List;

import com.csracademy.shared.IndexDeclarations;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The indexes of the monitoring module's per-trainee reads: a trainee's forms, the review queue, the reporting
 * model's counts (docs/performance.md, seventh round).
 */
@Component
class MonitoringIndexes extends IndexDeclarations {

    MonitoringIndexes(ReactiveMongoTemplate mongo) {
        super("monitoring indexes", mongo);
    }

    @Override
    protected List<Mono<String>> indexes() {
        return List.of(ascending(FiledFormDocument.class, "traineeId"), ascending(CallDocument.class, "traineeId"));
    }
}
