package com.csracademy.shadowing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.csracademy.calendar.Calendars;
import com.csracademy.calendar.WorkingCalendar;
import com.csracademy.forms.FieldType;
import com.csracademy.forms.FormDefinition;
import com.csracademy.forms.FormDefinitions;
import com.csracademy.people.AccessPurpose;
import com.csracademy.people.People;
import com.csracademy.progression.Progression;
import com.csracademy.progression.ShadowingResult;
import com.csracademy.security.Actor;
import com.csracademy.security.Role;
import com.csracademy.shadowing.persistence.PlacementDocument;
import com.csracademy.shadowing.persistence.PlacementDocument.Objective;
import com.csracademy.shadowing.persistence.PlacementDocument.FilledForm;
import com.csracademy.shadowing.persistence.PlacementDocument.Score;
import com.csracademy.shadowing.domain.EvaluationScore;
import com.csracademy.shared.ConflictException;
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
 * Branch shadowing: placements, the objectives checklist, the self-summary and the two scores. When both
 * scores are in, the result goes to progression once; the placement's {@code deliveredAt} is the outbox flag.
 */
@Service
public class Shadowing {

    private static final Logger log = LoggerFactory.getLogger(Shadowing.class);
    /** Two weeks at the branch: ten working days, the start day included. */
    static final int DEFAULT_WORKING_DAYS = 10;

    private final ReactiveMongoTemplate mongo;
    private final People people;
    private final Progression progression;
    private final Calendars calendars;
    private final Clock clock;
    private final FormDefinitions forms;

    Shadowing(ReactiveMongoTemplate mongo, People people, Progression progression, Calendars calendars, Clock clock,
              FormDefinitions forms) {
        this.forms = forms;
        this.mongo = mongo;
        this.people = people;
        this.progression = progression;
        this.calendars = calendars;
        this.clock = clock;
    }

    // ---- placements ------------------------------------------------------------------------------

    /**
     * Places a trainee with a branch mentor (the branch is the mentor's). Without an end date the placement
     * lasts ten working days. A trainee has at most one placement whose result is not yet delivered, enforced
     * by the store: the placement's id is the trainee's next placement number, so of two concurrent placements
     * only one is inserted and the other is answered 409.
     */
    public Mono<PlacementDocument> place(Actor by, String traineeId, String branchMentorId, LocalDate startDate,
                                         LocalDate endDate) {
        return people.requireAccess(by, traineeId, AccessPurpose.READ)
                .then(people.signInCandidate(branchMentorId)
                        .filter(p -> p.roles().contains(Role.BRANCH_MENTOR) && p.branchId() != null)
                        .switchIfEmpty(Mono.error(() -> new InvalidRequestException("branchMentorId",
                                "'" + branchMentorId + "' is not an active branch mentor with a branch"))))
                .flatMap(mentor -> mongo.find(query(where("traineeId").is(traineeId)), PlacementDocument.class)
                        .collectList()
                        .flatMap(existing -> {
                            if (existing.stream().anyMatch(p -> p.deliveredAt() == null)) {
                                return Mono.error(placementOpen(traineeId));
                            }
                            WorkingCalendar calendar = calendars.calendar();
                            LocalDate start = startDate != null ? startDate : today();
                            if (!calendar.isWorkingDay(start)) {
                                return Mono.error(new InvalidRequestException("startDate",
                                        start + " is not a working day"));
                            }
                            LocalDate end = endDate != null ? endDate
                                    : calendar.addWorkingDays(start, DEFAULT_WORKING_DAYS - 1);
                            if (end.isBefore(start)) {
                                return Mono.error(new InvalidRequestException("endDate", "must not be before the start"));
                            }
                            List<Objective> objectives = new ArrayList<>();
                            for (int i = 0; i < Objectives.TEXTS.size(); i++) {
                                objectives.add(new Objective(i + 1, Objectives.TEXTS.get(i), false, null, null, null,
                                        null));
                            }
                            return mongo.insert(new PlacementDocument(
                                            PlacementDocument.id(traineeId, existing.size() + 1), traineeId,
                                            mentor.branchId(), branchMentorId, start, end, by.personId(),
                                            clock.instant(), objectives, null, null, null, null, null, 0, null, null))
                                    .onErrorMap(DuplicateKeyException.class, e -> placementOpen(traineeId));
                        }));
    }

    private static ConflictException placementOpen(String traineeId) {
        return new ConflictException("placement-open", "Placement open",
                "Trainee '" + traineeId + "' already has a placement awaiting its result");
    }

    /** A placement, if the caller may see the trainee (a branch mentor only trainees placed with them). */
    public Mono<PlacementDocument> placement(Actor actor, String id) {
        return find(id).flatMap(p -> people.requireAccess(actor, p.traineeId(), AccessPurpose.READ).thenReturn(p));
    }

    /** A trainee's placements, newest first (scoped). */
    public Flux<PlacementDocument> ofTrainee(Actor actor, String traineeId) {
        return people.requireAccess(actor, traineeId, AccessPurpose.READ)
                .thenMany(mongo.find(query(where("traineeId").is(traineeId)).with(Sort.by("createdAt").descending()),
                        PlacementDocument.class))
                .filter(p -> !actor.has(Role.BRANCH_MENTOR) || actor.has(Role.ADMIN)
                        || actor.hasAny(Role.DEPARTMENT_HEAD, Role.TRAINING_SPECIALIST, Role.QA_SPECIALIST)
                        || p.branchMentorId().equals(actor.personId()));
    }

    /** The placements a branch mentor hosts, newest first. */
    public Flux<PlacementDocument> hostedBy(Actor mentor) {
        return mongo.find(query(where("branchMentorId").is(mentor.personId())).with(Sort.by("createdAt").descending()),
                PlacementDocument.class);
    }

    // ---- the trainee's part ----------------------------------------------------------------------

    /** The trainee ticks (or unticks) an objective with a note; a confirmed objective stays as confirmed. */
    public Mono<PlacementDocument> tick(Actor trainee, String id, int number, boolean ticked, String note) {
        return change(id, p -> {
            requireTrainee(trainee, p);
            Objective o = objective(p, number);
            if (o.confirmedAt() != null) {
                throw new ConflictException("objective-confirmed", "Objective confirmed",
                        "Objective " + number + " is already confirmed by the branch mentor");
            }
            return p.withObjectives(replace(p, new Objective(number, o.text(), ticked, note,
                    ticked ? clock.instant() : null, null, null)));
        });
    }

    /** The trainee's summary of the placement; may be revised until the branch mentor's evaluation. */
    public Mono<PlacementDocument> selfSummary(Actor trainee, String id, String text) {
        return change(id, p -> {
            requireTrainee(trainee, p);
            if (p.evaluation() != null) {
                throw new ConflictException("placement-evaluated", "Placement evaluated",
                        "The branch mentor has evaluated the placement; the summary is final");
            }
            return p.withSelfSummary(text, clock.instant());
        });
    }

    // ---- the branch mentor's and the department head's part ---------------------------------------

    /** The hosting branch mentor confirms an objective the trainee has ticked. */
    public Mono<PlacementDocument> confirm(Actor mentor, String id, int number) {
        return change(id, p -> {
            requireHost(mentor, p);
            Objective o = objective(p, number);
            if (!o.ticked()) {
                throw new ConflictException("objective-not-ticked", "Objective not ticked",
                        "The trainee has not ticked objective " + number);
            }
            if (o.confirmedAt() != null) {
                return p;
            }
            return p.withObjectives(replace(p, new Objective(number, o.text(), true, o.note(), o.tickedAt(),
                    mentor.personId(), clock.instant())));
        });
    }

    /** The form the branch mentor files at the end of a placement (附5). */
    public static final String EVALUATION_FORM = "branch-shadowing-evaluation";

    /**
     * The hosting branch mentor's evaluation on the form (附5), recorded once: the values are checked against
     * the form's current definition, and the score is the mean of its scored items ({@link EvaluationScore}).
     */
    public Mono<PlacementDocument> evaluate(Actor mentor, String id, Map<String, Object> values) {
        FormDefinition definition = forms.latest(EVALUATION_FORM);
        return find(id).doOnNext(p -> requireHost(mentor, p)).then(Mono.fromCallable(() -> {
            forms.requireValid(definition, values, false);
            List<BigDecimal> items = definition.fields().stream()
                    .filter(f -> f.type() == FieldType.SCORE)
                    .map(f -> new BigDecimal(values.get(f.id()).toString()))
                    .toList();
            return EvaluationScore.of(items);
        })).flatMap(score -> change(id, p -> {
            requireHost(mentor, p);
            if (p.evaluation() != null) {
                throw new ConflictException("score-recorded", "Score recorded",
                        "The branch mentor's evaluation is already recorded");
            }
            Object comment = values.get("overallComment");
            return p.withEvaluation(new Score(score, comment == null ? null : comment.toString(), mentor.personId(),
                    clock.instant(), new FilledForm(definition.key(), new LinkedHashMap<>(values))));
        })).flatMap(this::deliverIfComplete);
    }

    /** The department head's interview score (0–100), recorded once. */
    public Mono<PlacementDocument> interview(Actor head, String id, BigDecimal score, String notes) {
        requireScore(score);
        return find(id).flatMap(p -> people.requireAccess(head, p.traineeId(), AccessPurpose.READ))
                .then(change(id, p -> {
                    if (p.interview() != null) {
                        throw new ConflictException("score-recorded", "Score recorded",
                                "The department head's interview score is already recorded");
                    }
                    return p.withInterview(new Score(score, notes, head.personId(), clock.instant(), null));
                }))
                .flatMap(this::deliverIfComplete);
    }

    // ---- delivery (outbox) ------------------------------------------------------------------------

    /**
     * Hands a complete, undelivered placement's result to progression and marks it delivered. A failure is
     * recorded on the placement and left for {@link #redeliverPending()}; progression ignores a repeated event.
     */
    Mono<PlacementDocument> deliverIfComplete(PlacementDocument p) {
        if (!p.complete() || p.deliveredAt() != null) {
            return Mono.just(p);
        }
        Instant completedAt = p.interview().at().isAfter(p.evaluation().at()) ? p.interview().at() : p.evaluation().at();
        ShadowingResult result = new ShadowingResult(p.eventId(), p.traineeId(), p.interview().score(),
                p.evaluation().score(), completedAt);
        return Mono.defer(() -> progression.shadowingEvaluated(result))
                .then(mongo.updateFirst(query(where("_id").is(p.id()).and("deliveredAt").isNull()),
                        new Update().set("deliveredAt", clock.instant()).inc("deliveryAttempts", 1)
                                .unset("lastDeliveryError").inc("version", 1), PlacementDocument.class))
                .then(find(p.id()))
                .onErrorResume(e -> {
                    log.warn("Delivering shadowing result {} failed; it will be retried: {}", p.eventId(),
                            e.getMessage());
                    return mongo.updateFirst(query(where("_id").is(p.id())),
                                    new Update().inc("deliveryAttempts", 1)
                                            .set("lastDeliveryError", String.valueOf(e.getMessage()))
                                            .inc("version", 1), PlacementDocument.class)
                            .then(find(p.id()));
                });
    }

    /** Delivers every complete placement whose result has not reached progression yet. */
    public Mono<Long> redeliverPending() {
        return mongo.find(query(where("deliveredAt").isNull().and("interview").ne(null).and("evaluation").ne(null)),
                        PlacementDocument.class)
                .concatMap(this::deliverIfComplete)
                .filter(p -> p.deliveredAt() != null)
                .count();
    }

    // ---- mechanics --------------------------------------------------------------------------------

    private Mono<PlacementDocument> find(String id) {
        return mongo.findById(id, PlacementDocument.class)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Placement", id)));
    }

    /** Reads, changes and saves guarded by the version; a concurrent writer makes it read and apply again. */
    private Mono<PlacementDocument> change(String id, Function<PlacementDocument, PlacementDocument> change) {
        return Mono.defer(() -> find(id).flatMap(current -> {
            PlacementDocument next = change.apply(current);
            return next == current ? Mono.just(current) : mongo.save(next);
        })).retryWhen(Retry.max(5).filter(OptimisticLockingFailureException.class::isInstance));
    }

    private static void requireTrainee(Actor actor, PlacementDocument p) {
        if (!actor.has(Role.TRAINEE) || !p.traineeId().equals(actor.personId())) {
            throw new ForbiddenException("Only the placed trainee may do this");
        }
    }

    private static void requireHost(Actor actor, PlacementDocument p) {
        if (!actor.has(Role.BRANCH_MENTOR) || !p.branchMentorId().equals(actor.personId())) {
            throw new ForbiddenException("Only the branch mentor who hosts the trainee may do this");
        }
    }

    private static Objective objective(PlacementDocument p, int number) {
        return p.objectives().stream().filter(o -> o.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("Objective", String.valueOf(number)));
    }

    private static List<Objective> replace(PlacementDocument p, Objective changed) {
        return p.objectives().stream().map(o -> o.number() == changed.number() ? changed : o).toList();
    }

    private static void requireScore(BigDecimal score) {
        if (score == null || score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidRequestException("score", "must be between 0 and 100");
        }
    }

    private LocalDate today() {
        return clock.instant().atZone(WorkingCalendar.ZONE).toLocalDate();
    }
}
