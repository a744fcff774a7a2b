package com.csracademy.reporting;

import com.csracademy.reporting.persistence.ReportList;
import com.csracademy.shared.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Creates the reporting index (the list documents by scope, kind and date; see docs/reporting.md) and, when the stored model is missing
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
        return mongo.indexOps(ReportList.class)
                .createIndex(new Index().on("summaryId", Sort.Direction.ASC).on("kind", Sort.Direction.ASC)
                        .on("date", Sort.Direction.ASC).named("summary_kind_date"))
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
