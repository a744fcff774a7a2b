package com.csracademy.monitoring.persistence;

import com.csracademy.shared.StartupTask;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The indexes of the monitoring module's per-trainee reads (a trainee's forms, the review queue, the reporting
 * model's counts), created before traffic is accepted; on the embedded store they are kept in memory
 * (docs/performance.md, seventh round).
 */
@Component
class MonitoringIndexes implements StartupTask {

    private final ReactiveMongoTemplate mongo;

    MonitoringIndexes(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public String name() {
        return "monitoring indexes";
    }

    @Override
    public int order() {
        return -20;
    }

    @Override
    public Mono<Void> run() {
        return Mono.when(
                mongo.indexOps(FiledFormDocument.class).createIndex(new Index("traineeId", Sort.Direction.ASC)),
                mongo.indexOps(CallDocument.class).createIndex(new Index("traineeId", Sort.Direction.ASC)));
    }
}
