package com.csracademy.audit;

import java.time.Instant;

import com.csracademy.audit.AuditEntry.Outcome;
import com.csracademy.shared.StartupTask;
import com.csracademy.shared.web.Page;
import com.csracademy.shared.web.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Appends to and searches the audit log. There is deliberately no update and no delete. */
@Service
public class AuditLog implements StartupTask {

    private final ReactiveMongoTemplate mongo;

    AuditLog(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    Mono<AuditEntry> append(AuditEntry entry) {
        return mongo.insert(entry);
    }

    /** Filters, each optional; newest first. */
    public record Filter(String actorPersonId, String method, String pathPrefix, Outcome outcome, Instant from,
                         Instant to) {
    }

    public Mono<Page<AuditEntry>> search(Filter filter, PageRequest page) {
        Criteria criteria = new Criteria();
        if (filter.actorPersonId() != null) {
            criteria.and("actorPersonId").is(filter.actorPersonId());
        }
        if (filter.method() != null) {
            criteria.and("method").is(filter.method().toUpperCase(java.util.Locale.ROOT));
        }
        if (filter.pathPrefix() != null) {
            criteria.and("path").regex("^" + java.util.regex.Pattern.quote(filter.pathPrefix()));
        }
        if (filter.outcome() != null) {
            criteria.and("outcome").is(filter.outcome());
        }
        if (filter.from() != null || filter.to() != null) {
            Criteria at = criteria.and("at");
            if (filter.from() != null) {
                at.gte(filter.from());
            }
            if (filter.to() != null) {
                at.lt(filter.to());
            }
        }
        Query query = Query.query(criteria);
        return Mono.zip(
                mongo.find(Query.of(query).with(page.toPageable(Sort.by(Sort.Direction.DESC, "at"))), AuditEntry.class)
                        .collectList(),
                mongo.count(Query.of(query), AuditEntry.class))
                .map(t -> new Page<>(t.getT1(), page.page(), page.size(), t.getT2()));
    }

    @Override
    public String name() {
        return "audit indexes";
    }

    @Override
    public int order() {
        return -20;
    }

    @Override
    public Mono<Void> run() {
        return Mono.when(
                mongo.indexOps(AuditEntry.class).createIndex(new Index("at", Sort.Direction.DESC)),
                mongo.indexOps(AuditEntry.class).createIndex(new Index().on("actorPersonId", Sort.Direction.ASC)
                        .on("at", Sort.Direction.DESC)));
    }
}
