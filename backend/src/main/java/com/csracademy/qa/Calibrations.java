package com.csracademy.qa;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.csracademy.calendar.WorkingCalendar;
import com.csracademy.people.AccessPurpose;
import com.csracademy.people.People;
import com.csracademy.qa.domain.CalibrationStatistics;
import com.csracademy.qa.domain.CallMarks;
import com.csracademy.qa.domain.CallScoring;
import com.csracademy.qa.domain.CallScoring.CallScore;
import com.csracademy.qa.domain.Scorecard;
import com.csracademy.qa.domain.ScoringException;
import com.csracademy.qa.persistence.CalibrationSessionDocument;
import com.csracademy.qa.persistence.CalibrationSessionDocument.CalibrationScore;
import com.csracademy.qa.persistence.CalibrationSessionDocument.ItemPoints;
import com.csracademy.qa.persistence.GoLiveWeekDocument;
import com.csracademy.security.Actor;
import com.csracademy.security.Role;
import com.csracademy.shared.ConflictException;
import com.csracademy.shared.DocumentIds;
import com.csracademy.shared.ForbiddenException;
import com.csracademy.shared.InvalidRequestException;
import com.csracademy.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Calibration between QA specialists (校准): a QA specialist or the department head opens a session over one
 * recorded call; every QA specialist of the department may score it once, blind to the others' scores until
 * they have submitted theirs or the session is closed; the report compares the closed sessions' scores. Sessions
 * live apart from the go-live weeks and never count toward a trainee's week.
 */
@Service
public class Calibrations {

    /** Below this many scores a session shows no agreement or disagreement, so it cannot be closed. */
    static final int MIN_SCORES = 2;

    private final ReactiveMongoTemplate mongo;
    private final People people;
    private final Scorecards scorecards;
    private final Clock clock;

    Calibrations(ReactiveMongoTemplate mongo, People people, Scorecards scorecards, Clock clock) {
        this.mongo = mongo;
        this.people = people;
        this.scorecards = scorecards;
        this.clock = clock;
    }

    /**
     * Opens a session on the current default card. A call from a go-live week names the week and one of its
     * scored calls (the caller must see the trainee); a standalone recording names only its reference.
     */
    public Mono<CalibrationView> open(Actor by, String callRef, LocalDate callDate, String weekId, String note) {
        if (by.departmentId() == null) {
            return Mono.error(new ForbiddenException("Calibration sessions belong to a department; you have none"));
        }
        Mono<CalibrationSessionDocument> session;
        if (weekId == null) {
            session = Mono.fromSupplier(() -> newSession(by, callRef, callDate, null, null, note));
        } else {
            session = mongo.findById(weekId, GoLiveWeekDocument.class)
                    .switchIfEmpty(Mono.error(() -> new InvalidRequestException("weekId",
                            "go-live week '" + weekId + "' does not exist")))
                    .flatMap(w -> people.requireAccess(by, w.traineeId(), AccessPurpose.READ).thenReturn(w))
                    .map(w -> {
                        GoLiveWeekDocument.ScoredCall call = w.calls().stream()
                                .filter(c -> c.callRef().equals(callRef)).findFirst()
                                .orElseThrow(() -> new InvalidRequestException("callRef",
                                        "'" + callRef + "' is not a scored call of go-live week " + weekId));
                        return newSession(by, callRef, call.callDate(), w.id(), w.traineeId(), note);
                    });
        }
        return session.flatMap(mongo::insert).map(s -> CalibrationView.of(s, by.personId()));
    }

    private CalibrationSessionDocument newSession(Actor by, String callRef, LocalDate callDate, String weekId,
                                               String traineeId, String note) {
        Scorecard card = scorecards.card(Scorecards.DEFAULT);
        return new CalibrationSessionDocument(DocumentIds.next(), by.departmentId(), callRef, callDate,
                weekId, traineeId, note, card, by.personId(), clock.instant(), List.of(), null, null, null);
    }

    public Mono<CalibrationView> session(Actor actor, String id) {
        return find(id).doOnNext(s -> requireDepartment(actor, s)).map(s -> CalibrationView.of(s, actor.personId()));
    }

    /** The sessions of the caller's department (every department for an administrator), newest first. */
    public Flux<CalibrationView> sessions(Actor actor) {
        Query q = actor.has(Role.ADMIN) ? new Query() : query(where("departmentId").is(actor.departmentId()));
        return mongo.find(q.with(Sort.by("createdAt").descending()), CalibrationSessionDocument.class)
                .map(s -> CalibrationView.of(s, actor.personId()));
    }

    /** A QA specialist's marking of the session's call: once per specialist, while the session is open. */
    public Mono<CalibrationView> score(Actor qa, String id, CallMarks marks) {
        return change(id, s -> {
            requireDepartment(qa, s);
            if (!s.open()) {
                throw new ConflictException("calibration-closed", "Calibration closed",
                        "The calibration session is closed");
            }
            if (s.scoredBy(qa.personId())) {
                throw new ConflictException("calibration-scored", "Already scored",
                        "You have already scored this calibration call");
            }
            CallScore score;
            try {
                score = CallScoring.score(s.scorecard(), marks, null);
            } catch (ScoringException e) {
                throw new InvalidRequestException(e.field(), e.getMessage());
            }
            List<ItemPoints> items = CallScoring.itemPoints(s.scorecard(), marks).entrySet().stream()
                    .map(e -> new ItemPoints(e.getKey(), e.getValue())).toList();
            return s.withScore(new CalibrationScore(qa.personId(), marks, score.knowledge(), score.service(),
                    score.total(), score.normalised(), score.zero(), items, clock.instant()));
        }).map(s -> CalibrationView.of(s, qa.personId()));
    }

    /** Closes the session once at least two specialists have scored it; everyone then sees every score. */
    public Mono<CalibrationView> close(Actor by, String id) {
        return change(id, s -> {
            requireDepartment(by, s);
            if (!s.open()) {
                return s;
            }
            if (s.scores().size() < MIN_SCORES) {
                throw new ConflictException("calibration-incomplete", "Too few scores", "A calibration session needs"
                        + " at least " + MIN_SCORES + " scores to close; it has " + s.scores().size());
            }
            return s.closed(by.personId(), clock.instant());
        }).map(s -> CalibrationView.of(s, by.personId()));
    }

    /**
     * The variance report over the closed sessions of the caller's department (every department for an
     * administrator) closed in the months {@code from}–{@code to} (both optional, inclusive), Beijing time.
     */
    public Mono<CalibrationStatistics.Report> report(Actor actor, YearMonth from, YearMonth to) {
        if (from != null && to != null && to.isBefore(from)) {
            return Mono.error(new InvalidRequestException("to", "must not be before from"));
        }
        Criteria criteria = where("closedAt").ne(null);
        if (!actor.has(Role.ADMIN)) {
            criteria = criteria.and("departmentId").is(actor.departmentId());
        }
        return mongo.find(new Query(criteria).with(Sort.by("closedAt")), CalibrationSessionDocument.class)
                .filter(s -> within(month(s.closedAt()), from, to))
                .map(Calibrations::statistics)
                .collectList()
                .map(CalibrationStatistics::of);
    }

    private static CalibrationStatistics.Session statistics(CalibrationSessionDocument s) {
        return new CalibrationStatistics.Session(s.id(), month(s.closedAt()), s.scores().stream()
                .map(score -> {
                    Map<String, java.math.BigDecimal> items = new LinkedHashMap<>();
                    score.items().forEach(i -> items.put(i.item(), i.points()));
                    return new CalibrationStatistics.Marking(score.scoredBy(), score.normalised(), items);
                }).toList());
    }

    private static YearMonth month(Instant at) {
        return YearMonth.from(at.atZone(WorkingCalendar.ZONE));
    }

    private static boolean within(YearMonth month, YearMonth from, YearMonth to) {
        return (from == null || !month.isBefore(from)) && (to == null || !month.isAfter(to));
    }

    private static void requireDepartment(Actor actor, CalibrationSessionDocument s) {
        if (!actor.has(Role.ADMIN) && (actor.departmentId() == null || !actor.departmentId().equals(s.departmentId()))) {
            throw new ForbiddenException("Calibration session '" + s.id() + "' belongs to another department");
        }
    }

    private Mono<CalibrationSessionDocument> find(String id) {
        return mongo.findById(id, CalibrationSessionDocument.class)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Calibration session", id)));
    }

    private Mono<CalibrationSessionDocument> change(String id,
                                                    Function<CalibrationSessionDocument, CalibrationSessionDocument> change) {
        return Mono.defer(() -> find(id).flatMap(current -> {
            CalibrationSessionDocument next = change.apply(current);
            return next == current ? Mono.just(current) : mongo.save(next);
        })).retryWhen(Retry.max(5).filter(OptimisticLockingFailureException.class::isInstance));
    }
}
