package com.csracademy.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.csracademy.calendar.WorkingCalendar;
import com.csracademy.monitoring.domain.CallCsv;
import com.csracademy.monitoring.domain.MonitoredSharePolicy;
import com.csracademy.monitoring.persistence.CallDocument;
import com.csracademy.people.AccessPurpose;
import com.csracademy.people.People;
import com.csracademy.security.Actor;
import com.csracademy.shared.ForbiddenException;
import com.csracademy.shared.InvalidRequestException;
import com.csracademy.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The supervised go-live call log: calls entered one by one or imported from CSV by the trainee or their
 * current mentor, the mentor's marks of the calls they monitored live, and the monitored share per day.
 */
@Service
public class SupervisedCalls {

    /** The largest CSV import accepted. */
    public static final int MAX_IMPORT_BYTES = 1024 * 1024;

    private final ReactiveMongoTemplate mongo;
    private final People people;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    SupervisedCalls(ReactiveMongoTemplate mongo, People people, Clock clock,
                    org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.mongo = mongo;
        this.people = people;
        this.clock = clock;
    }

    /** A day's (or a period's) calls and how many the mentor monitored. */
    public record Share(LocalDate day, long calls, long monitored, BigDecimal percent) {
    }

    public record ShareReport(String traineeId, LocalDate from, LocalDate to, List<Share> days, long calls,
                              long monitored, BigDecimal percent) {
    }

    public record ImportResult(int imported, List<CallCsv.RowError> errors) {
    }

    public Mono<CallDocument> enter(Actor actor, String traineeId, String callId, java.time.Instant start,
                                    java.time.Instant end, String businessType) {
        if (!end.isAfter(start)) {
            return Mono.error(new InvalidRequestException("end", "end must be after start"));
        }
        return requireTraineeOrMentor(actor, traineeId)
                .then(mongo.insert(call(actor, traineeId, new CallCsv.Row(0, callId, start, end, businessType))))
                .onErrorMap(DuplicateKeyException.class, e -> new com.csracademy.shared.ConflictException(
                        "call-already-logged", "Call already logged", "Call '" + callId + "' is already logged"))
                .doOnNext(c -> changed(traineeId));
    }

    private void changed(String traineeId) {
        events.publishEvent(new SupervisedCallsChanged(traineeId, clock.instant()));
    }

    /** Imports the good rows of a CSV; bad rows (and calls already logged) come back with their line numbers. */
    public Mono<ImportResult> importCsv(Actor actor, String traineeId, String csv) {
        return requireTraineeOrMentor(actor, traineeId).then(Mono.defer(() -> {
            CallCsv.Parsed parsed = CallCsv.parse(csv, WorkingCalendar.ZONE);
            List<CallCsv.RowError> errors = new ArrayList<>(parsed.errors());
            return Flux.fromIterable(parsed.rows())
                    .concatMap(row -> mongo.insert(call(actor, traineeId, row)).thenReturn(true)
                            .onErrorResume(DuplicateKeyException.class, e -> {
                                errors.add(new CallCsv.RowError(row.line(), "call '" + row.callId()
                                        + "' is already logged"));
                                return Mono.just(false);
                            }))
                    .filter(imported -> imported).count()
                    .map(imported -> new ImportResult(imported.intValue(), errors.stream()
                            .sorted(java.util.Comparator.comparingLong(CallCsv.RowError::line)).toList()));
        })).doOnNext(r -> changed(traineeId));
    }

    /** Marks a call monitored by the caller, the trainee's current mentor; marking it again changes nothing. */
    public Mono<CallDocument> markMonitored(Actor mentor, String traineeId, String callId) {
        return people.requireAccess(mentor, traineeId, AccessPurpose.ACT_AS_MENTOR)
                .then(mongo.findAndModify(query(where("_id").is(CallDocument.id(traineeId, callId))
                                .and("monitoredBy").isNull()),
                        new Update().set("monitoredBy", mentor.personId()).set("monitoredAt", clock.instant()),
                        FindAndModifyOptions.options().returnNew(true), CallDocument.class)
                        .switchIfEmpty(Mono.defer(() -> mongo.findById(CallDocument.id(traineeId, callId),
                                CallDocument.class)))
                        .switchIfEmpty(Mono.error(() -> new NotFoundException("Call", callId))))
                .doOnNext(c -> changed(traineeId));
    }

    public Flux<CallDocument> calls(Actor actor, String traineeId, LocalDate day) {
        return people.requireAccess(actor, traineeId, AccessPurpose.READ).thenMany(Flux.defer(() -> {
            var criteria = where("traineeId").is(traineeId);
            if (day != null) {
                criteria = criteria.and("day").is(day);
            }
            return mongo.find(query(criteria).with(Sort.by("start")), CallDocument.class);
        }));
    }

    public Mono<ShareReport> share(Actor actor, String traineeId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return Mono.error(new InvalidRequestException("to", "must not be before from"));
        }
        return people.requireAccess(actor, traineeId, AccessPurpose.READ).then(share(traineeId, from, to));
    }

    /** The monitored share per day and over the period, unscoped: for the step-completion check. */
    Mono<ShareReport> share(String traineeId, LocalDate from, LocalDate to) {
        return mongo.find(query(where("traineeId").is(traineeId).and("day").gte(from).lte(to)), CallDocument.class)
                .collectList()
                .map(calls -> {
                    Map<LocalDate, long[]> byDay = new TreeMap<>();
                    for (CallDocument c : calls) {
                        long[] counts = byDay.computeIfAbsent(c.day(), d -> new long[2]);
                        counts[0]++;
                        counts[1] += c.monitored() ? 1 : 0;
                    }
                    List<Share> days = byDay.entrySet().stream().map(e -> new Share(e.getKey(), e.getValue()[0],
                            e.getValue()[1], MonitoredSharePolicy.percent(e.getValue()[0], e.getValue()[1]))).toList();
                    long total = calls.size();
                    long monitored = calls.stream().filter(CallDocument::monitored).count();
                    return new ShareReport(traineeId, from, to, days, total, monitored,
                            MonitoredSharePolicy.percent(total, monitored));
                });
    }

    private CallDocument call(Actor actor, String traineeId, CallCsv.Row row) {
        LocalDate day = row.start().atZone(WorkingCalendar.ZONE).toLocalDate();
        return new CallDocument(CallDocument.id(traineeId, row.callId()), traineeId, row.callId(), row.start(),
                row.end(), day, row.businessType(), actor.personId(), clock.instant(), null, null);
    }

    private Mono<Void> requireTraineeOrMentor(Actor actor, String traineeId) {
        if (actor.personId().equals(traineeId)) {
            return people.requireTrainee(traineeId);
        }
        return people.requireAccess(actor, traineeId, AccessPurpose.ACT_AS_MENTOR).then()
                .onErrorMap(ForbiddenException.class, e -> new ForbiddenException(
                        "Only the trainee or their current mentor logs the trainee's calls"));
    }
}
