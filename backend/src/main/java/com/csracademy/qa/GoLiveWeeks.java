package com.csracademy.qa;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.csracademy.calendar.Calendars;
import com.csracademy.calendar.WorkingCalendar;
import com.csracademy.people.AccessPurpose;
import com.csracademy.people.People;
import com.csracademy.progression.GoLiveWeekCorrected;
import com.csracademy.progression.GoLiveWeekResult;
import com.csracademy.progression.Progression;
import com.csracademy.qa.domain.CallMarks;
import com.csracademy.qa.domain.CallScoring;
import com.csracademy.qa.domain.CallScoring.CallScore;
import com.csracademy.qa.domain.Scorecard;
import com.csracademy.qa.domain.ScoringException;
import com.csracademy.qa.domain.WeekScoring;
import com.csracademy.qa.persistence.GoLiveWeekDocument;
import com.csracademy.qa.persistence.GoLiveWeekDocument.ScoredCall;
import com.csracademy.security.Actor;
import com.csracademy.security.Role;
import com.csracademy.shared.ConflictException;
import com.csracademy.program.Programs;
import com.csracademy.shared.AcademyException.FieldError;
import com.csracademy.shared.DocumentIds;
import com.csracademy.shared.ForbiddenException;
import com.csracademy.shared.InvalidRequestException;
import com.csracademy.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The independent go-live week: QA specialists score sampled calls with the scorecard, the zero-score rule
 * decides which calls count, and closing the week delivers its score to progression once (outbox flag).
 */
@Service
public class GoLiveWeeks {

    private static final Logger log = LoggerFactory.getLogger(GoLiveWeeks.class);
    /** The independent week: five working days, the start day included. */
    static final int WEEK_WORKING_DAYS = 5;

    private final ReactiveMongoTemplate mongo;
    private final People people;
    private final Progression progression;
    private final Calendars calendars;
    private final Scorecards scorecards;
    private final QaProperties properties;
    private final Programs programs;
    private final Clock clock;

    GoLiveWeeks(ReactiveMongoTemplate mongo, People people, Progression progression, Calendars calendars,
                Scorecards scorecards, QaProperties properties, Programs programs, Clock clock) {
        this.programs = programs;
        this.mongo = mongo;
        this.people = people;
        this.progression = progression;
        this.calendars = calendars;
        this.scorecards = scorecards;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Opens a trainee's week (five working days from a working day). One open week per trainee, enforced by the
     * store: the week's id is the trainee's next week number, so of two concurrent openings only one is
     * inserted and the other is answered 409, like an opening while a week is open.
     */
    public Mono<GoLiveWeekDocument> open(Actor by, String traineeId, LocalDate startDate, String scorecardId) {
        return people.requireAccess(by, traineeId, AccessPurpose.READ)
                .then(mongo.find(query(where("traineeId").is(traineeId)), GoLiveWeekDocument.class).collectList())
                .flatMap(existing -> {
                    if (existing.stream().anyMatch(w -> w.closedAt() == null)) {
                        return Mono.error(weekOpen(traineeId));
                    }
                    WorkingCalendar calendar = calendars.calendar();
                    if (startDate == null || !calendar.isWorkingDay(startDate)) {
                        return Mono.error(new InvalidRequestException("startDate", "must be a working day"));
                    }
                    Scorecard card = scorecards.card(scorecardId == null ? Scorecards.DEFAULT : scorecardId);
                    return mongo.insert(new GoLiveWeekDocument(GoLiveWeekDocument.id(traineeId, existing.size() + 1),
                                    traineeId, startDate, calendar.addWorkingDays(startDate, WEEK_WORKING_DAYS - 1),
                                    card, by.personId(), clock.instant(), List.of(), null, null, null, null, null,
                                    null, 0, null, List.of(), null, null))
                            .onErrorMap(DuplicateKeyException.class, e -> weekOpen(traineeId));
                });
    }

    private static ConflictException weekOpen(String traineeId) {
        return new ConflictException("week-open", "Week open",
                "Trainee '" + traineeId + "' already has an open go-live week");
    }

    public Mono<GoLiveWeekDocument> week(Actor actor, String id) {
        return find(id).flatMap(w -> people.requireAccess(actor, w.traineeId(), AccessPurpose.READ).thenReturn(w));
    }

    public Flux<GoLiveWeekDocument> ofTrainee(Actor actor, String traineeId) {
        return people.requireAccess(actor, traineeId, AccessPurpose.READ)
                .thenMany(mongo.find(query(where("traineeId").is(traineeId)).with(Sort.by("startDate").descending()),
                        GoLiveWeekDocument.class));
    }

    /**
     * Scores a sampled call of the week. A call on a day outside the week, marks that do not fit the card, or
     * a deduction without a reason are rejected (422); a replacement names the zero-score call it stands in
     * for and its knowledge is capped at 15.
     */
    public Mono<GoLiveWeekDocument> score(Actor qa, String weekId, String callRef, LocalDate callDate,
                                          String replaces, CallMarks marks) {
        return find(weekId).flatMap(w -> people.requireAccess(qa, w.traineeId(), AccessPurpose.READ))
                .then(change(weekId, w -> {
                    if (w.closedAt() != null && (replaces == null
                            || !WeekScoring.of(calls(w)).awaitingReplacement().contains(replaces))) {
                        throw new ConflictException("week-closed", "Week closed", "The go-live week is closed; after"
                                + " the close only a call an appeal made zero may get its replacement");
                    }
                    if (callDate == null || callDate.isBefore(w.startDate()) || callDate.isAfter(w.endDate())) {
                        throw new InvalidRequestException("callDate", "the call must be from the week "
                                + w.startDate() + " – " + w.endDate());
                    }
                    if (w.calls().stream().anyMatch(c -> c.callRef().equals(callRef))) {
                        throw new ConflictException("call-scored", "Call scored", "Call '" + callRef
                                + "' is already scored in this week");
                    }
                    if (replaces != null) {
                        ScoredCall original = w.calls().stream().filter(c -> c.id().equals(replaces)).findFirst()
                                .orElseThrow(() -> new InvalidRequestException("replaces",
                                        "'" + replaces + "' is not a call of this week"));
                        if (!original.effectiveZero() || original.replaces() != null) {
                            throw new InvalidRequestException("replaces",
                                    "only a zero-score call that is not itself a replacement is replaced");
                        }
                        if (w.calls().stream().anyMatch(c -> replaces.equals(c.replaces()))) {
                            throw new ConflictException("call-replaced", "Call replaced",
                                    "Call '" + replaces + "' already has its replacement");
                        }
                    }
                    Scorecard card = w.scorecard();
                    CallScore s;
                    try {
                        s = CallScoring.score(card, marks,
                                replaces != null ? WeekScoring.REPLACEMENT_KNOWLEDGE_CAP : null);
                    } catch (ScoringException e) {
                        throw new InvalidRequestException(e.field(), e.getMessage());
                    }
                    String callId = DocumentIds.next();
                    return corrected(w.withCall(new ScoredCall(callId, callRef, callDate, replaces,
                            card.id(), card.version(), marks, s.knowledge(), s.service(), s.total(), s.normalised(),
                            s.zero(), qa.personId(), clock.instant(), null)), callId, "REPLACEMENT");
                }))
                .flatMap(this::deliverIfClosed);
    }

    /**
     * Closes the week: every zero-score call must have its replacement (409) and every working day of the week
     * must have the program's {@code goLiveSampledCallsPerDay} counted calls, by call date (422 listing the days
     * short; a zero-score call does not count for its day, its replacement counts for the replacement's date).
     * The week's score (exact mean of the counted calls) goes to progression once.
     */
    public Mono<GoLiveWeekDocument> close(Actor qa, String weekId) {
        return find(weekId).flatMap(w -> people.requireAccess(qa, w.traineeId(), AccessPurpose.READ))
                .then(change(weekId, w -> {
                    if (w.closedAt() != null) {
                        return w;
                    }
                    WeekScoring.Week week = WeekScoring.of(calls(w));
                    if (!week.awaitingReplacement().isEmpty()) {
                        throw new ConflictException("replacement-missing", "Replacement missing",
                                "Zero-score call(s) " + week.awaitingReplacement() + " need a replacement call");
                    }
                    List<FieldError> shortDays = daysShort(w, week);
                    if (!shortDays.isEmpty()) {
                        throw new InvalidRequestException("The week's sample is incomplete: " + shortDays.size()
                                + " working day(s) have fewer than " + programs.active().quotas()
                                .goLiveSampledCallsPerDay() + " counted calls", shortDays);
                    }
                    if (week.counted().isEmpty()) {
                        throw new ConflictException("no-calls", "No calls", "No call of the week is scored yet");
                    }
                    return w.closed(week.mean(), week.counted().size(), qa.personId(), clock.instant());
                }))
                .flatMap(this::deliverIfClosed);
    }

    /** The working days of the week with fewer counted calls than the daily sample, one error per day. */
    private List<FieldError> daysShort(GoLiveWeekDocument w, WeekScoring.Week week) {
        int perDay = programs.active().quotas().goLiveSampledCallsPerDay();
        WorkingCalendar calendar = calendars.calendar();
        java.util.Map<LocalDate, Integer> counted = new java.util.HashMap<>();
        for (ScoredCall c : w.calls()) {
            if (week.counted().contains(c.id())) {
                counted.merge(c.callDate(), 1, Integer::sum);
            }
        }
        List<FieldError> errors = new ArrayList<>();
        for (LocalDate day = w.startDate(); !day.isAfter(w.endDate()); day = day.plusDays(1)) {
            int n = counted.getOrDefault(day, 0);
            if (calendar.isWorkingDay(day) && n < perDay) {
                errors.add(new FieldError("calls[" + day + "]", day + ": " + n + " counted call(s), "
                        + perDay + " required (a zero-score call does not count; sample another)"));
            }
        }
        return errors;
    }

    /**
     * Files an appeal (复查) of a scored call: the trainee themself or their current mentor, with a reason, within
     * {@code academy.qa.appeal-window-days} working days after the day the call was scored (422 after), also
     * after the week has closed. A call is appealed once (409).
     */
    public Mono<GoLiveWeekDocument> appeal(Actor by, String weekId, String callId, String reason) {
        if (reason == null || reason.isBlank()) {
            return Mono.error(new InvalidRequestException("reason", "an appeal needs a reason"));
        }
        return find(weekId).flatMap(w -> by.has(Role.TRAINEE) && by.personId().equals(w.traineeId())
                        ? Mono.just(w)
                        : people.requireAccess(by, w.traineeId(), AccessPurpose.ACT_AS_MENTOR)
                        .onErrorMap(ForbiddenException.class, e -> new ForbiddenException(
                                "Only the trainee or their current mentor may appeal a scored call")))
                .then(change(weekId, w -> {
                    ScoredCall call = call(w, callId);
                    if (call.appeal() != null) {
                        throw new ConflictException("call-appealed", "Call appealed",
                                "Call '" + call.callRef() + "' has already been appealed");
                    }
                    LocalDate lastDay = appealDeadline(call);
                    if (today().isAfter(lastDay)) {
                        throw new InvalidRequestException("callId", "the appeal window of call '" + call.callRef()
                                + "' ended on " + lastDay + " (" + properties.appealWindowDays()
                                + " working days after it was scored)");
                    }
                    GoLiveWeekDocument.Appeal appeal = new GoLiveWeekDocument.Appeal(reason, by.personId(),
                            clock.instant(), null);
                    return w.withCalls(w.calls().stream().map(c -> c.id().equals(callId) ? c.withAppeal(appeal) : c)
                            .toList());
                }));
    }

    /**
     * Re-scores an appealed call: a QA specialist other than the one who scored it (403), once (409), with a
     * reason. Both scores and both reasons are kept on the call; the re-score counts. On a closed week the
     * week's score is recomputed and the change kept as a {@link GoLiveWeekDocument.Correction}; progression
     * is given the corrected score only if the week's score has not reached it yet (see docs/qa.md).
     */
    public Mono<GoLiveWeekDocument> rescore(Actor qa, String weekId, String callId, String reason, CallMarks marks) {
        if (reason == null || reason.isBlank()) {
            return Mono.error(new InvalidRequestException("reason", "a re-score needs a reason"));
        }
        return find(weekId).flatMap(w -> people.requireAccess(qa, w.traineeId(), AccessPurpose.READ))
                .then(change(weekId, w -> {
                    ScoredCall call = call(w, callId);
                    if (call.appeal() == null) {
                        throw new ConflictException("no-appeal", "No appeal",
                                "Call '" + call.callRef() + "' has not been appealed");
                    }
                    if (call.rescored()) {
                        throw new ConflictException("call-appealed", "Call appealed",
                                "Call '" + call.callRef() + "' has already been re-scored on appeal");
                    }
                    if (call.scoredBy().equals(qa.personId())) {
                        throw new ForbiddenException("An appeal is re-scored by a QA specialist other than the one"
                                + " who scored the call");
                    }
                    CallScore s;
                    try {
                        s = CallScoring.score(w.scorecard(), marks,
                                call.replaces() != null ? WeekScoring.REPLACEMENT_KNOWLEDGE_CAP : null);
                    } catch (ScoringException e) {
                        throw new InvalidRequestException(e.field(), e.getMessage());
                    }
                    GoLiveWeekDocument.Rescore rescore = new GoLiveWeekDocument.Rescore(reason, marks, s.knowledge(),
                            s.service(), s.total(), s.normalised(), s.zero(), qa.personId(), clock.instant());
                    return corrected(w.withCalls(w.calls().stream()
                            .map(c -> c.id().equals(callId) ? c.withAppeal(c.appeal().withRescore(rescore)) : c)
                            .toList()), callId, "APPEAL");
                }))
                .flatMap(this::deliverIfClosed);
    }

    /**
     * A closed week whose counted calls changed gets its score recomputed, with the correction on record. While
     * a call an appeal made zero waits for its replacement the score stands; the replacement corrects it.
     */
    private GoLiveWeekDocument corrected(GoLiveWeekDocument w, String callId, String cause) {
        if (w.closedAt() == null) {
            return w;
        }
        WeekScoring.Week week = WeekScoring.of(calls(w));
        if (!week.complete() || (week.mean().compareTo(w.weekScore()) == 0
                && week.counted().size() == w.countedCalls())) {
            return w;
        }
        return w.corrected(new GoLiveWeekDocument.Correction(callId, cause, w.weekScore(), w.countedCalls(),
                week.mean(), week.counted().size(), clock.instant()));
    }

    private static ScoredCall call(GoLiveWeekDocument w, String callId) {
        return w.calls().stream().filter(c -> c.id().equals(callId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Scored call", callId));
    }

    /**
     * The last day an appeal of the call is accepted: {@code academy.qa.appeal-window-days} working days after the
     * day (Beijing time) it was scored.
     */
    public LocalDate appealDeadline(ScoredCall call) {
        LocalDate scoredOn = call.scoredAt().atZone(WorkingCalendar.ZONE).toLocalDate();
        return calendars.calendar().addWorkingDays(scoredOn, properties.appealWindowDays());
    }

    private LocalDate today() {
        return clock.instant().atZone(WorkingCalendar.ZONE).toLocalDate();
    }

    /**
     * The outbox: a closed week's result goes to progression once ({@code deliveredAt}); a correction made after
     * that goes as {@link GoLiveWeekCorrected} revision n, the latest one only ({@code deliveredRevision}). A
     * result delivered late carries the corrected score and stands for the corrections made before it.
     */
    Mono<GoLiveWeekDocument> deliverIfClosed(GoLiveWeekDocument w) {
        if (!w.deliveryPending()) {
            return Mono.just(w);
        }
        int revision = w.corrections().size();
        Mono<Void> delivery;
        if (w.deliveredAt() == null) {
            delivery = Mono.defer(() -> progression.goLiveWeekScored(new GoLiveWeekResult(w.eventId(), w.traineeId(),
                    w.weekScore(), w.countedCalls(), w.closedAt())));
        } else {
            GoLiveWeekDocument.Correction latest = w.corrections().get(revision - 1);
            delivery = Mono.defer(() -> progression.goLiveWeekCorrected(new GoLiveWeekCorrected(w.eventId(), revision,
                    w.traineeId(), w.deliveredScore(), latest.score(), latest.counted(), latest.cause(), latest.at())));
        }
        Update delivered = new Update().set("deliveredScore", w.weekScore()).set("deliveredRevision", revision)
                .inc("deliveryAttempts", 1).unset("lastDeliveryError").inc("version", 1);
        if (w.deliveredAt() == null) {
            delivered.set("deliveredAt", clock.instant());
        }
        return delivery
                .then(mongo.updateFirst(query(where("_id").is(w.id()).and("version").is(w.version())), delivered,
                        GoLiveWeekDocument.class))
                .then(find(w.id()))
                .onErrorResume(e -> {
                    log.warn("Delivering go-live week {} (revision {}) failed; it will be retried: {}", w.eventId(),
                            revision, e.getMessage());
                    return mongo.updateFirst(query(where("_id").is(w.id())), new Update().inc("deliveryAttempts", 1)
                                    .set("lastDeliveryError", String.valueOf(e.getMessage())).inc("version", 1),
                            GoLiveWeekDocument.class).then(find(w.id()));
                });
    }

    /** Delivers every closed week whose result or latest correction has not reached progression yet. */
    public Mono<Long> redeliverPending() {
        return mongo.find(query(where("closedAt").ne(null).orOperator(where("deliveredAt").isNull(),
                        where("corrections.0").exists(true))), GoLiveWeekDocument.class)
                .filter(GoLiveWeekDocument::deliveryPending)
                .concatMap(this::deliverIfClosed)
                .filter(w -> !w.deliveryPending())
                .count();
    }

    private static List<WeekScoring.Call> calls(GoLiveWeekDocument w) {
        List<WeekScoring.Call> list = new ArrayList<>();
        for (ScoredCall c : w.calls()) {
            list.add(new WeekScoring.Call(c.id(), c.effectiveNormalised(), c.effectiveZero(), c.replaces()));
        }
        return list;
    }

    private Mono<GoLiveWeekDocument> find(String id) {
        return mongo.findById(id, GoLiveWeekDocument.class)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Go-live week", id)));
    }

    private Mono<GoLiveWeekDocument> change(String id, Function<GoLiveWeekDocument, GoLiveWeekDocument> change) {
        return Mono.defer(() -> find(id).flatMap(current -> {
            GoLiveWeekDocument next = change.apply(current);
            return next == current ? Mono.just(current) : mongo.save(next);
        })).retryWhen(Retry.max(5).filter(OptimisticLockingFailureException.class::isInstance));
    }
}
