package com.csracademy.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import com.csracademy.people.People;
import com.csracademy.program.Programs;
import com.csracademy.progression.CurrentStep;
import com.csracademy.progression.Progression;
import com.csracademy.reporting.domain.Contribution;
import com.csracademy.reporting.domain.Risk;
import com.csracademy.reporting.domain.TraineeFacts;
import com.csracademy.reporting.persistence.ModelState;
import com.csracademy.reporting.persistence.ReportList;
import com.csracademy.reporting.persistence.ReportRow;
import com.csracademy.reporting.persistence.ReportSummary;
import com.csracademy.reporting.persistence.Sources;
import com.csracademy.shared.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Keeps the read model: one row per trainee and one summary per cohort and department. Every change — an
 * event or a rebuild — goes through one queue and is applied in order, one at a time, so a row is never
 * written by two changes at once. A change recomputes the trainee's row; the summaries move by the
 * difference between what the row counted before and now ({@code $inc}), so they are never aggregated over
 * the trainees when read. The mentor's name is written with the row and the summary, and the row's place on
 * the at-risk and overdue lists with {@link ReportList}, so no read looks up a person or scans the rows.
 * Applying a change that is already reflected writes nothing.
 */
@Service
public class ReportModel {

    /** Bump when the row or summary shape changes: a start then rebuilds the model. */
    static final int SCHEMA = 2;

    private static final Logger log = LoggerFactory.getLogger(ReportModel.class);
    private static final int PROGRESS_EVERY = 1000;

    private final ReactiveMongoTemplate mongo;
    private final Sources sources;
    private final People people;
    private final Progression progression;
    private final Programs programs;
    private final Clock clock;

    private record Job(Mono<?> work, Sinks.One<Object> done) {
    }

    private final Sinks.Many<Job> jobs = Sinks.many().unicast().onBackpressureBuffer();
    private final AtomicLong pending = new AtomicLong();
    private Disposable worker;

    ReportModel(ReactiveMongoTemplate mongo, Sources sources, People people, Progression progression,
                Programs programs, Clock clock) {
        this.mongo = mongo;
        this.sources = sources;
        this.people = people;
        this.progression = progression;
        this.programs = programs;
        this.clock = clock;
    }

    /** What a rebuild did. */
    public record RebuildResult(long rows, long summaries, long tookMillis) {
    }

    @PostConstruct
    void start() {
        worker = jobs.asFlux()
                .concatMap(job -> job.work()
                        .doOnSuccess(result -> job.done().tryEmitValue(result == null ? Boolean.TRUE : result))
                        .onErrorResume(e -> {
                            log.warn("A reporting model update failed: {}", e.toString());
                            job.done().tryEmitError(e);
                            return Mono.empty();
                        })
                        .doFinally(signal -> pending.decrementAndGet()))
                .subscribe();
    }

    @PreDestroy
    void stop() {
        worker.dispose();
    }

    /** Queues work behind every change queued before; the answer completes when it has run. */
    @SuppressWarnings("unchecked")
    <T> Mono<T> submit(Mono<T> work) {
        Sinks.One<Object> done = Sinks.one();
        pending.incrementAndGet();
        synchronized (jobs) {
            Sinks.EmitResult result = jobs.tryEmitNext(new Job(work, done));
            if (result.isFailure()) {
                pending.decrementAndGet();
                return Mono.error(new IllegalStateException("the reporting queue refused work: " + result));
            }
        }
        return (Mono<T>) done.asMono().filter(v -> !(v instanceof Boolean));
    }

    /** Completes once every change queued before it has been applied. */
    public Mono<Void> flush() {
        return submit(Mono.empty()).then();
    }

    /** Changes queued and not applied yet. */
    public long pending() {
        return pending.get();
    }

    // ---- changes ------------------------------------------------------------------------------------

    /** Recomputes the trainee's facts with {@code change}, refreshes the mentor and the monitoring counts. */
    void change(String traineeId, UnaryOperator<TraineeFacts> change) {
        submit(Mono.defer(() -> apply(traineeId, change)));
    }

    private Mono<Void> apply(String traineeId, UnaryOperator<TraineeFacts> change) {
        return Mono.defer(() -> mongo.findById(traineeId, ReportRow.class)
                        .switchIfEmpty(Mono.defer(() -> fromSources(traineeId, null, null)))
                        .flatMap(row -> monitoring(traineeId, change.apply(row.facts()), null)
                                .flatMap(facts -> mentorName(row, facts).map(Optional::of)
                                        .defaultIfEmpty(Optional.empty())
                                        .flatMap(name -> store(row, facts, name.orElse(null))))))
                .retryWhen(Retry.max(3).filter(e -> e instanceof OptimisticLockingFailureException
                        || e instanceof DuplicateKeyException))
                .onErrorResume(NotFoundException.class, e -> {
                    log.debug("No trainee {} to report on: {}", traineeId, e.getMessage());
                    return Mono.empty();
                });
    }

    /** The mentor and the monitoring counts, from {@code snapshot} when a rebuild read them all at once. */
    private Mono<TraineeFacts> monitoring(String traineeId, TraineeFacts facts, Sources.Snapshot snapshot) {
        if (snapshot != null) {
            long[] calls = snapshot.calls(traineeId);
            return Mono.just(facts.withMonitoring(snapshot.mentors().get(traineeId), snapshot.awaitingReview(traineeId),
                    calls[0], calls[1]));
        }
        return Mono.zip(people.currentMentorId(traineeId).map(Optional::of).defaultIfEmpty(Optional.empty()),
                        sources.awaitingReview(traineeId), sources.calls(traineeId))
                .map(t -> facts.withMonitoring(t.getT1().orElse(null), t.getT2(), t.getT3()[0], t.getT3()[1]));
    }

    /** The mentor's name: kept from the row while the mentor is the same, else read once (one {@code _id} read). */
    private Mono<String> mentorName(ReportRow row, TraineeFacts facts) {
        if (facts.mentorId() == null) {
            return Mono.empty();
        }
        if (row.mentorName() != null && row.facts() != null && facts.mentorId().equals(row.facts().mentorId())) {
            return Mono.just(row.mentorName());
        }
        return sources.personName(facts.mentorId());
    }

    /**
     * Writes the row (guarded by its version), moves its summaries by the change of its contribution and its
     * place on the lists when that changed.
     */
    private Mono<Void> store(ReportRow row, TraineeFacts facts, String mentorName) {
        if (row.version() != null && facts.sameAs(row.facts()) && Objects.equals(mentorName, row.mentorName())) {
            return Mono.empty();
        }
        ReportRow next = row(row.traineeId(), row.name(), row.cohortId(), row.departmentId(), facts, mentorName,
                row.version());
        Map<String, Long> delta = Contribution.delta(row.counted() == null ? Map.of() : row.counted(), next.counted());
        return (row.version() == null ? mongo.insert(next) : mongo.save(next))
                .then(move(row.cohortId(), row.departmentId(), delta, next))
                .then(relist(row.version() == null ? null : row, next));
    }

    private ReportRow row(String traineeId, String name, String cohortId, String departmentId, TraineeFacts facts,
                          String mentorName, Long version) {
        Set<Risk> risks = facts.standingRisks(shareAbove());
        return new ReportRow(traineeId, name, cohortId, departmentId, facts, List.copyOf(risks), !risks.isEmpty(),
                facts.openDueBy(), Contribution.of(facts, risks), mentorName, clock.instant(), version);
    }

    private static List<String> summaryIds(ReportRow row) {
        return row.departmentId() == null ? List.of(ReportSummary.cohort(row.cohortId()))
                : List.of(ReportSummary.cohort(row.cohortId()), ReportSummary.department(row.departmentId()));
    }

    private Mono<Void> move(String cohortId, String departmentId, Map<String, Long> delta, ReportRow next) {
        String mentorKey = next.facts().mentorId() == null || next.mentorName() == null ? null
                : Contribution.key(next.facts().mentorId());
        if (delta.isEmpty() && mentorKey == null) {
            return Mono.empty();
        }
        return inc(ReportSummary.cohort(cohortId), "COHORT", cohortId, delta, mentorKey, next.mentorName())
                .then(departmentId == null ? Mono.empty()
                        : inc(ReportSummary.department(departmentId), "DEPARTMENT", departmentId, delta, mentorKey,
                                next.mentorName()));
    }

    private Mono<Void> inc(String id, String scope, String scopeId, Map<String, Long> delta, String mentorKey,
                           String mentorName) {
        Update update = new Update().set("scope", scope).set("scopeId", scopeId).set("updatedAt", clock.instant());
        delta.forEach((k, v) -> update.inc("counters." + k, v));
        if (mentorKey != null) {
            update.set("names." + mentorKey, mentorName);
        }
        return mongo.upsert(new Query(where("_id").is(id)), update, ReportSummary.class).then();
    }

    /** Moves the row between the list documents of its scopes when its standing risk or open due date changed. */
    private Mono<Void> relist(ReportRow before, ReportRow after) {
        boolean riskBefore = before != null && before.atRisk();
        LocalDate dueBefore = before == null ? null : before.dueOpen();
        List<Mono<?>> writes = new ArrayList<>();
        for (String summaryId : summaryIds(after)) {
            if (riskBefore != after.atRisk()) {
                writes.add(after.atRisk() ? add(ReportList.risk(summaryId), summaryId, ReportList.RISK, null, after.traineeId())
                        : pull(ReportList.risk(summaryId), after.traineeId()));
            }
            if (!Objects.equals(dueBefore, after.dueOpen())) {
                if (dueBefore != null) {
                    writes.add(pull(ReportList.due(summaryId, dueBefore), after.traineeId()));
                }
                if (after.dueOpen() != null) {
                    writes.add(add(ReportList.due(summaryId, after.dueOpen()), summaryId, ReportList.DUE,
                            after.dueOpen(), after.traineeId()));
                }
            }
        }
        return Flux.concat(writes).then();
    }

    private Mono<?> add(String id, String summaryId, String kind, LocalDate date, String traineeId) {
        return mongo.upsert(new Query(where("_id").is(id)), new Update().set("summaryId", summaryId).set("kind", kind)
                .set("date", date).addToSet("ids", traineeId), ReportList.class);
    }

    private Mono<?> pull(String id, String traineeId) {
        return mongo.updateFirst(new Query(where("_id").is(id)), new Update().pull("ids", traineeId), ReportList.class);
    }

    BigDecimal shareAbove() {
        return programs.active().quotas().mentorMonitoredShareAbove();
    }

    // ---- from the source collections -----------------------------------------------------------------

    /**
     * A row computed from the modules' own records: the journey's position (progression), the scores its
     * decisions were taken on, the latest knowledge sitting, the mentor and the monitoring counts. Not stored.
     */
    private Mono<ReportRow> fromSources(String traineeId, Map<String, String> departments, Sources.Snapshot snapshot) {
        return people.trainee(traineeId).flatMap(t -> {
            Mono<String> department = departments != null && departments.containsKey(t.cohortId())
                    ? Mono.just(departments.get(t.cohortId()))
                    : sources.cohortDepartment(t.cohortId()).defaultIfEmpty("")
                            .doOnNext(d -> {
                                if (departments != null) {
                                    departments.put(t.cohortId(), d);
                                }
                            });
            Mono<CurrentStep> step = progression.currentStep(traineeId);
            Mono<Sources.JourneyScores> scores = sources.journeyScores(traineeId)
                    .defaultIfEmpty(new Sources.JourneyScores(0, null, null));
            Mono<Optional<Sources.Knowledge>> knowledge = (snapshot != null ? snapshot.latestKnowledge(traineeId)
                    : sources.latestKnowledge(traineeId)).map(Optional::of)
                    .defaultIfEmpty(Optional.empty());
            Mono<String> name = sources.personName(traineeId).defaultIfEmpty(traineeId);
            return Mono.zip(department, step, scores, knowledge, name).flatMap(z -> {
                CurrentStep s = z.getT2();
                Sources.JourneyScores js = z.getT3();
                TraineeFacts facts = TraineeFacts.at(t.category(), s.stage(), s.stepId(), s.status(), s.dueBy(), 0)
                        .withJourney(s.stage(), s.stepId(), s.status(), s.dueBy(), js.transitions(),
                                js.shadowingScore(), js.goLiveScore());
                TraineeFacts known = z.getT4().map(k -> facts.withKnowledge(k.areaScores(), k.average(), k.sitting()))
                        .orElse(facts);
                String dept = z.getT1().isEmpty() ? null : z.getT1();
                return monitoring(traineeId, known, snapshot).map(f -> new ReportRow(traineeId, z.getT5(), t.cohortId(), dept,
                        f, List.of(), false, null, Map.of(),
                        snapshot == null || f.mentorId() == null ? null : snapshot.mentorNames().get(f.mentorId()),
                        null, null));
            });
        });
    }

    /**
     * Throws the model away and computes it again from the source collections, logging progress; runs in the
     * queue, so the changes that arrive meanwhile are applied after it.
     */
    public Mono<RebuildResult> rebuild(String why) {
        return submit(Mono.defer(() -> doRebuild(why)));
    }

    private Mono<RebuildResult> doRebuild(String why) {
        Instant started = clock.instant();
        Map<String, Map<String, Long>> summaries = new HashMap<>();
        Map<String, Map<String, String>> names = new HashMap<>();
        Map<String, String[]> scopes = new HashMap<>();
        Map<String, ReportList> lists = new HashMap<>();
        Map<String, String> departments = new ConcurrentHashMap<>();
        AtomicLong done = new AtomicLong();
        return sources.enrolmentCount()
                .doOnNext(total -> log.info("Rebuilding the reporting model ({}): {} trainees", why, total))
                .flatMap(total -> mongo.remove(new Query(), ReportRow.class)
                        .then(mongo.remove(new Query(), ReportSummary.class))
                        .then(mongo.remove(new Query(), ReportList.class))
                        .then(sources.snapshot())
                        .flatMapMany(snapshot -> sources.enrolments()
                                .flatMap(e -> fromSources(e.traineeId(), departments, snapshot)
                                .map(r -> row(r.traineeId(), r.name(), r.cohortId(), r.departmentId(), r.facts(),
                                        r.mentorName(), null))
                                .flatMap(mongo::insert), 4))
                        .doOnNext(row -> {
                            synchronized (summaries) {
                                add(summaries, scopes, ReportSummary.cohort(row.cohortId()), "COHORT", row.cohortId(),
                                        row.counted());
                                if (row.departmentId() != null) {
                                    add(summaries, scopes, ReportSummary.department(row.departmentId()), "DEPARTMENT",
                                            row.departmentId(), row.counted());
                                }
                                for (String summaryId : summaryIds(row)) {
                                    if (row.mentorName() != null) {
                                        names.computeIfAbsent(summaryId, k -> new HashMap<>())
                                                .put(Contribution.key(row.facts().mentorId()), row.mentorName());
                                    }
                                    if (row.atRisk()) {
                                        list(lists, ReportList.risk(summaryId), summaryId, ReportList.RISK, null)
                                                .add(row.traineeId());
                                    }
                                    if (row.dueOpen() != null) {
                                        list(lists, ReportList.due(summaryId, row.dueOpen()), summaryId, ReportList.DUE,
                                                row.dueOpen()).add(row.traineeId());
                                    }
                                }
                            }
                            long n = done.incrementAndGet();
                            if (n % PROGRESS_EVERY == 0) {
                                log.info("Reporting model rebuild: {} of {} trainees", n, total);
                            }
                        })
                        .then(Mono.defer(() -> Flux.fromIterable(summaries.entrySet())
                                .concatMap(e -> mongo.save(new ReportSummary(e.getKey(), scopes.get(e.getKey())[0],
                                        scopes.get(e.getKey())[1], e.getValue(),
                                        names.getOrDefault(e.getKey(), Map.of()), clock.instant())))
                                .thenMany(Flux.fromIterable(lists.values()).concatMap(mongo::save))
                                .then()))
                        .then(Mono.defer(() -> {
                            long took = Duration.between(started, clock.instant()).toMillis();
                            log.info("Reporting model rebuilt: {} trainees, {} summaries in {} ms", done.get(),
                                    summaries.size(), took);
                            return mongo.save(new ModelState(ModelState.ID, SCHEMA, clock.instant(), done.get(), took))
                                    .thenReturn(new RebuildResult(done.get(), summaries.size(), took));
                        })));
    }

    private static List<String> list(Map<String, ReportList> lists, String id, String summaryId, String kind,
                                     LocalDate date) {
        return lists.computeIfAbsent(id, k -> new ReportList(id, summaryId, kind, date, new ArrayList<>())).ids();
    }

    private static void add(Map<String, Map<String, Long>> summaries, Map<String, String[]> scopes, String id,
                            String scope, String scopeId, Map<String, Long> counted) {
        scopes.putIfAbsent(id, new String[] {scope, scopeId});
        Map<String, Long> counters = summaries.computeIfAbsent(id, k -> new HashMap<>());
        counted.forEach((k, v) -> counters.merge(k, v, Long::sum));
    }

    /** Whether the stored model is missing, of another schema, or does not cover the enrolments. */
    Mono<String> outdated() {
        return Mono.zip(mongo.findById(ModelState.ID, ModelState.class).map(Optional::of).defaultIfEmpty(Optional.empty()),
                        mongo.count(new Query(), ReportRow.class), sources.enrolmentCount())
                .map(t -> {
                    if (t.getT1().isEmpty()) {
                        return t.getT3() == 0 && t.getT2() == 0 ? "" : "never built";
                    }
                    if (t.getT1().get().schema() != SCHEMA) {
                        return "schema " + t.getT1().get().schema() + " is not " + SCHEMA;
                    }
                    return t.getT2().equals(t.getT3()) ? "" : t.getT2() + " rows for " + t.getT3() + " trainees";
                });
    }
}
