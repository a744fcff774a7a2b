package com.csracademy.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.csracademy.calendar.Calendars;
import com.csracademy.calendar.WorkingCalendar;
import com.csracademy.forms.FormDefinition;
import com.csracademy.forms.FormDefinitions;
import com.csracademy.monitoring.domain.DailyQuota;
import com.csracademy.monitoring.domain.FormStepPolicy;
import com.csracademy.monitoring.domain.QuotaPolicy;
import com.csracademy.monitoring.persistence.FiledFormDocument;
import com.csracademy.monitoring.persistence.FiledFormDocument.Review;
import com.csracademy.monitoring.persistence.FiledFormDocument.SubmittedVersion;
import com.csracademy.people.AccessPurpose;
import com.csracademy.people.People;
import com.csracademy.program.ProgramDefinition.Quotas;
import com.csracademy.program.Programs;
import com.csracademy.progression.Progression;
import com.csracademy.security.Actor;
import com.csracademy.security.Role;
import com.csracademy.shared.DocumentIds;
import com.csracademy.shared.ForbiddenException;
import com.csracademy.shared.InvalidRequestException;
import com.csracademy.shared.NotFoundException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The trainee's stage-3 forms: filed as drafts or submitted, autosaved, reviewed by the current mentor,
 * returned and revised into new versions (every version kept), and counted against the daily quotas.
 * Only the trainee files their own forms; only the current mentor reviews; a former mentor reads only the
 * forms they reviewed.
 */
@Service
public class MonitoringForms {

    /** The forms this module accepts from trainees. */
    public static final Set<String> TRAINEE_FORMS = Set.of("post-call-analysis", "live-monitoring");
    static final String POST_CALL = "post-call-analysis";

    private final ReactiveMongoTemplate mongo;
    private final People people;
    private final FormDefinitions definitions;
    private final Calendars calendars;
    private final Programs programs;
    private final Progression progression;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    MonitoringForms(ReactiveMongoTemplate mongo, People people, FormDefinitions definitions, Calendars calendars,
                    Programs programs, Progression progression, Clock clock,
                    org.springframework.context.ApplicationEventPublisher events) {
        this.progression = progression;
        this.events = events;
        this.mongo = mongo;
        this.people = people;
        this.definitions = definitions;
        this.calendars = calendars;
        this.programs = programs;
        this.clock = clock;
    }

    /** The mentor's decision on a submitted form. */
    public enum Decision { ACCEPT, RETURN }

    /**
     * Files a new form, as a draft or submitted at once, with the newest version of its definition. The day must
     * have come, not lie before the trainee's start, and lie in a step of the trainee's journey that asks for the
     * form ({@link FormStepPolicy}); otherwise 422 {@code day} and nothing is saved.
     */
    public Mono<FiledFormDocument> file(Actor trainee, String traineeId, String definitionId, LocalDate day,
                                        Map<String, Object> values, boolean draft) {
        return requireSelf(trainee, traineeId).then(people.trainee(traineeId)).flatMap(enrolled -> {
            LocalDate today = clock.instant().atZone(WorkingCalendar.ZONE).toLocalDate();
            if (day == null) {
                return Mono.error(new InvalidRequestException("day", "a form is for a day"));
            }
            if (day.isAfter(today)) {
                return Mono.error(new InvalidRequestException("day", "a form is for a day that has come, not " + day));
            }
            if (day.isBefore(enrolled.startDate())) {
                return Mono.error(new InvalidRequestException("day", "the trainee started on " + enrolled.startDate()
                        + ", after " + day));
            }
            return Mono.empty();
        }).then(Mono.defer(() -> requireDayInStep(traineeId, day, FormStepPolicy.steps(definitionId, source(values)))))
                .then(Mono.fromCallable(() -> {
            if (!TRAINEE_FORMS.contains(definitionId)) {
                throw new InvalidRequestException("definitionId", "trainees file " + TRAINEE_FORMS + ", not '"
                        + definitionId + "'");
            }
            FormDefinition definition = definitions.latest(definitionId);
            Map<String, Object> clean = copy(values);
            definitions.requireValid(definition, clean, draft);
            Instant now = clock.instant();
            List<SubmittedVersion> versions = draft ? List.of() : List.of(new SubmittedVersion(1, clean, now));
            return new FiledFormDocument(DocumentIds.next(), traineeId, definition.id(),
                    definition.version(), day, draft ? FormStatus.DRAFT : FormStatus.SUBMITTED, clean, versions,
                    List.of(), Set.of(), now, now, null);
        })).flatMap(mongo::insert).doOnNext(this::changed);
    }

    /**
     * Saves the working copy (draft) or submits it. Saving the same values twice changes nothing; a submitted
     * or accepted form cannot be changed (409); a returned form is revised and submitted as a new version. The
     * form keeps its day; the day is checked again only if the change makes it another kind of form (a draft's
     * source chosen, a revision for another source), so a revision is never refused because the step moved on.
     */
    public Mono<FiledFormDocument> save(Actor trainee, String traineeId, String formId, Map<String, Object> values,
                                        boolean draft) {
        return requireSelf(trainee, traineeId).then(form(formId)).flatMap(form -> {
            if (!form.traineeId().equals(traineeId)) {
                return Mono.error(new NotFoundException("Form", formId));
            }
            if (form.status() == FormStatus.SUBMITTED || form.status() == FormStatus.ACCEPTED) {
                return Mono.error(MonitoringExceptions.formImmutable(formId, form.status()));
            }
            FormDefinition definition = definitions.definition(form.definitionId(), form.definitionVersion());
            Map<String, Object> clean = copy(values);
            definitions.requireValid(definition, clean, draft);
            // the day was checked for the form's kind when it was filed; only a change of kind (a draft's source
            // chosen, a revision for another source) is checked again — a revision keeps its day and its kind
            Set<String> steps = FormStepPolicy.steps(form.definitionId(), source(clean));
            Mono<Void> dayStillFits = steps.equals(FormStepPolicy.steps(form.definitionId(), source(form.working())))
                    ? Mono.empty() : requireDayInStep(traineeId, form.day(), steps);
            return dayStillFits.then(Mono.defer(() -> store(form, clean, draft)));
        }).doOnNext(this::changed);
    }

    private Mono<FiledFormDocument> store(FiledFormDocument form, Map<String, Object> clean, boolean draft) {
        Instant now = clock.instant();
        if (draft) {
            if (clean.equals(form.working())) {
                return Mono.just(form);
            }
            return mongo.save(with(form, form.status(), clean, form.versions(), form.reviews(), form.reviewerIds(), now));
        }
        List<SubmittedVersion> versions = new ArrayList<>(form.versions());
        versions.add(new SubmittedVersion(versions.size() + 1, clean, now));
        return mongo.save(with(form, FormStatus.SUBMITTED, clean, versions, form.reviews(), form.reviewerIds(), now));
    }

    /** 422 {@code day} unless the day lies in a step of the trainee's journey among {@code steps}. */
    private Mono<Void> requireDayInStep(String traineeId, LocalDate day, Set<String> steps) {
        if (steps.isEmpty()) {
            return Mono.empty();
        }
        return progression.stepSpans(traineeId).flatMap(spans -> {
            LocalDate today = clock.instant().atZone(WorkingCalendar.ZONE).toLocalDate();
            return FormStepPolicy.refusal(day, today, spans, steps)
                    .<Mono<Void>>map(why -> Mono.error(new InvalidRequestException("day", why)))
                    .orElse(Mono.empty());
        });
    }

    private static Object source(Map<String, Object> values) {
        return values == null ? null : values.get("source");
    }

    /** One form, if the caller may read it. */
    public Mono<FiledFormDocument> read(Actor actor, String formId) {
        return form(formId).flatMap(form -> readFilter(actor, form.traineeId())
                .flatMap(filter -> filter.visible(form) ? Mono.just(form)
                        : Mono.error(new ForbiddenException("Form '" + formId + "' is outside your scope"))));
    }

    /** A trainee's forms, optionally of one day, as far as the caller may read them. */
    public Flux<FiledFormDocument> forms(Actor actor, String traineeId, LocalDate day) {
        return readFilter(actor, traineeId).flatMapMany(filter -> {
            Criteria criteria = where("traineeId").is(traineeId);
            if (day != null) {
                criteria = criteria.and("day").is(day);
            }
            return mongo.find(query(criteria).with(Sort.by("day", "createdAt")), FiledFormDocument.class)
                    .filter(filter::visible);
        });
    }

    /** The submitted forms of the caller's current mentees, oldest first. */
    public Flux<FiledFormDocument> reviewQueue(Actor mentor) {
        // the mentor's current mentees first, then only their forms: one query each, whatever the firm's backlog
        return people.currentMenteeIds(mentor.personId()).collectList()
                .flatMapMany(mine -> mine.isEmpty() ? Flux.empty()
                        : mongo.find(query(where("status").is(FormStatus.SUBMITTED).and("traineeId").in(mine))
                                .with(Sort.by("updatedAt")), FiledFormDocument.class));
    }

    /** Accepts or returns the latest submitted version; only the trainee's current mentor may. */
    public Mono<FiledFormDocument> review(Actor mentor, String formId, Decision decision, String comments) {
        if (decision == Decision.RETURN && (comments == null || comments.isBlank())) {
            return Mono.error(new InvalidRequestException("comments", "a returned form needs comments"));
        }
        return form(formId).flatMap(form -> people.requireAccess(mentor, form.traineeId(), AccessPurpose.ACT_AS_MENTOR)
                .then(Mono.defer(() -> {
                    if (form.status() != FormStatus.SUBMITTED) {
                        return Mono.error(MonitoringExceptions.notAwaitingReview(formId, form.status()));
                    }
                    Instant now = clock.instant();
                    List<Review> reviews = new ArrayList<>(form.reviews());
                    reviews.add(new Review(form.versions().size(), decision.name(), comments, mentor.personId(), now));
                    Set<String> reviewers = new HashSet<>(form.reviewerIds());
                    reviewers.add(mentor.personId());
                    FormStatus next = decision == Decision.ACCEPT ? FormStatus.ACCEPTED : FormStatus.RETURNED;
                    return mongo.save(with(form, next, form.working(), form.versions(), reviews, reviewers, now));
                }))).doOnNext(this::changed);
    }

    private void changed(FiledFormDocument form) {
        events.publishEvent(new MonitoringFormChanged(form.id(), form.traineeId(), form.status(), form.updatedAt()));
    }

    /**
     * The day's quotas for a trainee: recording analyses on working days (monitoring step), typical calls on
     * trading days (trading-hours go-live step); without a step, both by their calendar.
     */
    public Mono<DayQuotas> quotas(Actor actor, String traineeId, LocalDate day, String stepId) {
        return people.requireAccess(actor, traineeId, AccessPurpose.READ).then(quotas(traineeId, day, stepId));
    }

    /** The day's quotas, unscoped: for this module's step-completion check. */
    Mono<DayQuotas> quotas(String traineeId, LocalDate day, String stepId) {
        return mongo.find(query(where("traineeId").is(traineeId).and("day").is(day).and("definitionId").is(POST_CALL)
                        .and("status").in(FormStatus.SUBMITTED, FormStatus.ACCEPTED)), FiledFormDocument.class)
                .collectList()
                .map(forms -> {
                    WorkingCalendar calendar = calendars.calendar();
                    Quotas quotas = programs.active().quotas();
                    long othersFiled = count(forms, "OTHERS_RECORDING", false);
                    long othersAccepted = count(forms, "OTHERS_RECORDING", true);
                    long ownFiled = count(forms, "OWN_TYPICAL_CALL", false);
                    long ownAccepted = count(forms, "OWN_TYPICAL_CALL", true);
                    boolean working = calendar.isWorkingDay(day);
                    boolean trading = calendar.isTradingDay(day);
                    return new DayQuotas(traineeId, day, working, trading, QuotaPolicy.quotas(stepId, working, trading,
                            quotas.recordingAnalysesPerMonitoringDay(), quotas.typicalCallsPerTradingDay(),
                            new QuotaPolicy.Counts(othersFiled, othersAccepted, ownFiled, ownAccepted)));
                });
    }

    /** A day's quotas. */
    public record DayQuotas(String traineeId, LocalDate day, boolean workingDay, boolean tradingDay,
                            List<DailyQuota> quotas) {
    }

    private static long count(List<FiledFormDocument> forms, String source, boolean acceptedOnly) {
        return forms.stream().filter(f -> source.equals(f.latestValues().get("source")))
                .filter(f -> !acceptedOnly || f.status() == FormStatus.ACCEPTED).count();
    }

    private Mono<FiledFormDocument> form(String formId) {
        return mongo.findById(formId, FiledFormDocument.class)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Form", formId)));
    }

    private Mono<Void> requireSelf(Actor actor, String traineeId) {
        return actor.personId().equals(traineeId) ? people.requireTrainee(traineeId)
                : Mono.error(new ForbiddenException("Only the trainee files and edits their own forms"));
    }

    /**
     * What the caller may read of a trainee's forms: everything for the trainee, the current mentor and the
     * department's staff; for anyone else READ lets through (a former mentor), only forms they reviewed.
     */
    private Mono<ReadFilter> readFilter(Actor actor, String traineeId) {
        return people.requireAccess(actor, traineeId, AccessPurpose.READ)
                .then(people.currentMentorId(traineeId).defaultIfEmpty(""))
                .map(current -> {
                    boolean full = actor.personId().equals(traineeId) || actor.personId().equals(current)
                            || actor.hasAny(Role.ADMIN, Role.DEPARTMENT_HEAD, Role.TRAINING_SPECIALIST, Role.QA_SPECIALIST);
                    return full ? form -> true : form -> form.reviewerIds().contains(actor.personId());
                });
    }

    private interface ReadFilter {
        boolean visible(FiledFormDocument form);
    }

    private static Map<String, Object> copy(Map<String, Object> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((k, v) -> copy.put(k, v));
        }
        return copy;
    }

    private static FiledFormDocument with(FiledFormDocument f, FormStatus status, Map<String, Object> working,
                                          List<SubmittedVersion> versions, List<Review> reviews, Set<String> reviewers,
                                          Instant now) {
        return new FiledFormDocument(f.id(), f.traineeId(), f.definitionId(), f.definitionVersion(), f.day(), status,
                working, versions, reviews, reviewers, f.createdAt(), now, Objects.requireNonNull(f.version()));
    }
}
