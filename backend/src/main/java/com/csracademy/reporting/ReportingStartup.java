package com.csracademy.reporting;

import com.csracademy.reporting.persistence.ReportRow;
import com.csracademy.shared.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Creates the reporting indexes (one per query, see docs/reporting.md) and, when the stored model is missing
 * or outdated, queues a rebuild. The rebuild runs after readiness, in the model's queue, with its progress
 * logged: the dashboards fill in as it goes, the app does not wait for it.
 */
@Component
class ReportingStartup implements StartupTask {

    private static final Logger log = LoggerFactory.getLogger(ReportingStartup.class);

    private final ReactiveMongoTemplate mongo;
    private final ReportModel model;
    private final ReportingProperties properties;

    ReportingStartup(ReactiveMongoTemplate mongo, ReportModel model, ReportingProperties properties) {
        this.mongo = mongo;
        this.model = model;
        this.properties = properties;
    }

    @Override
    public String name() {
        return "reporting model";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Mono<Void> run() {
        var rows = mongo.indexOps(ReportRow.class);
        return Flux.concat(
                        rows.createIndex(new Index().on("cohortId", Sort.Direction.ASC).on("atRisk", Sort.Direction.ASC)
                                .on("_id", Sort.Direction.ASC).named("cohort_atRisk")),
                        rows.createIndex(new Index().on("cohortId", Sort.Direction.ASC).on("dueOpen", Sort.Direction.ASC)
                                .named("cohort_dueOpen")),
                        rows.createIndex(new Index().on("departmentId", Sort.Direction.ASC)
                                .on("atRisk", Sort.Direction.ASC).on("_id", Sort.Direction.ASC).named("department_atRisk")),
                        rows.createIndex(new Index().on("departmentId", Sort.Direction.ASC)
                                .on("dueOpen", Sort.Direction.ASC).named("department_dueOpen")))
                .then(properties.rebuildOnStart() ? model.outdated() : Mono.just(""))
                .doOnNext(reason -> {
                    if (!reason.isEmpty()) {
                        log.info("The reporting model is outdated ({}); rebuilding it in the background", reason);
                        model.rebuild(reason);
                    }
                })
                .then();
    }
}
