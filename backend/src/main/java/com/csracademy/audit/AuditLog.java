package com.csracademy.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import com.csracademy.audit.AuditEntry.Outcome;
import com.csracademy.shared.web.Page;
import com.csracademy.shared.web.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/** Appends to and searches the audit log. There is deliberately no update and no delete. */
@Service
public class AuditLog {

    /** At most this many entries in one insert (a few hundred bytes each: far below a command's 16 MB). */
    static final int MOST_PER_INSERT = 256;

    private final ReactiveMongoTemplate mongo;
    private final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();

    AuditLog(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    private record Pending(AuditEntry entry, MonoSink<Void> written) {
    }

    /**
     * Writes the entry; completes once it is stored. One insert is on its way at a time: entries that arrive
     * meanwhile wait and go together in the next one, so under load the entries of concurrent requests cost one
     * round trip instead of one each, and with no load each entry is written at once, as before. The caller waits for
     * its own entry either way, so what a crash can lose is unchanged (the entry is written after the answer).
     */
    Mono<Void> append(AuditEntry entry) {
        return Mono.create(sink -> {
            waiting.add(new Pending(entry, sink));
            writeWaiting();
        });
    }

    private void writeWaiting() {
        while (!waiting.isEmpty() && writing.compareAndSet(false, true)) {
            List<Pending> batch = new ArrayList<>();
            for (Pending next; batch.size() < MOST_PER_INSERT && (next = waiting.poll()) != null; ) {
                batch.add(next);
            }
            if (batch.isEmpty()) {
                writing.set(false);
                continue;
            }
            // sent on behalf of the first caller: its context (tracing, the tests' command count) goes with it
            Mono.defer(() -> mongo.insert(batch.stream().map(Pending::entry).toList(), AuditEntry.class).then())
                    .contextWrite(batch.get(0).written().contextView())
                    .subscribe(null, error -> written(batch, error), () -> written(batch, null));
            return;
        }
    }

    private void written(List<Pending> batch, Throwable error) {
        writing.set(false);
        for (Pending pending : batch) {
            if (error == null) {
                pending.written().success();
            } else {
                pending.written().error(error);
            }
        }
        writeWaiting();
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
}
