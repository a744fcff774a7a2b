package com.csracademy.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.csracademy.calendar.Calendars;
import com.csracademy.calendar.WorkingCalendar;
import com.csracademy.monitoring.domain.DailyQuota;
import com.csracademy.monitoring.domain.MonitoredSharePolicy;
import com.csracademy.monitoring.domain.QuotaPolicy;
import com.csracademy.monitoring.persistence.ShareWaiverDocument;
import com.csracademy.people.AccessPurpose;
import com.csracademy.people.People;
import com.csracademy.program.ProgramDefinition;
import com.csracademy.program.ProgramDefinition.StageId;
import com.csracademy.program.Programs;
import com.csracademy.progression.CurrentStep;
import com.csracademy.progression.Progression;
import com.csracademy.progression.StepCompleted;
import com.csracademy.security.Actor;
import com.csracademy.shared.AcademyException.FieldError;
import com.csracademy.shared.ConflictException;
import com.csracademy.shared.InvalidRequestException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Completes a stage-3 step when its evidence is complete and delivers {@link StepCompleted} to progression.
 * The evidence, over the step's days so far (its calendar: working or trading days): in the monitoring step
 * the mentor has accepted the day's recording analyses on every working day; in the trading-hours go-live
 * step the day's typical-call analyses on every trading day; in every supervised go-live step the mentor
 * monitored more than the program's share of the calls, unless the department head waived it; in the drills step
 * (category A) the trainee took part in the configured number of drill sessions since the step started, each scored
 * and written up ({@link MonitoringProperties.Drills}).
 */
@Service
public class StepCompletions {

    private static final String GOLIVE_PREFIX = "golive-";
    static final String DRILLS_STEP = "drills";

    private final ReactiveMongoTemplate mongo;
    private final People people;
    private final Progression progression;
    private final Programs programs;
    private final Calendars calendars;
    private final MonitoringForms forms;
    private final SupervisedCalls calls;
    private final Drills drills;
    private final Clock clock;

    StepCompletions(ReactiveMongoTemplate mongo, People people, Progression progression, Programs programs,
                    Calendars calendars, MonitoringForms forms, SupervisedCalls calls, Drills drills, Clock clock) {
        this.mongo = mongo;
        this.people = people;
        this.progression = progression;
        this.programs = programs;
        this.calendars = calendars;
        this.forms = forms;
        this.calls = calls;
        this.drills = drills;
        this.clock = clock;
    }

    /** What was checked and delivered. */
    public record Completion(String traineeId, String stepId, LocalDate from, LocalDate to,
                             Map<String, Object> evidence) {
    }

    /** The department head waives the monitored-share rule for the trainee's current run of a go-live step. */
    public Mono<ShareWaiverDocument> waiveShare(Actor head, String traineeId, String stepId, String reason) {
        if (reason == null || reason.isBlank()) {
            return Mono.error(new InvalidRequestException("reason", "a waiver needs a reason"));
        }
        return people.requireAccess(head, traineeId, AccessPurpose.READ)
                .then(current(traineeId, stepId))
                .flatMap(step -> mongo.insert(new ShareWaiverDocument(ShareWaiverDocument.id(traineeId, stepId,
                        step.startedOn()), traineeId, stepId, step.startedOn(), reason, head.personId(), clock.instant())))
                .onErrorMap(DuplicateKeyException.class, e -> new ConflictException("already-waived", "Already waived",
                        "The monitored-share rule is already waived for this run of '" + stepId + "'"));
    }

    /** The trainee's current mentor completes the current step; 422 with what is missing otherwise. */
    public Mono<Completion> complete(Actor mentor, String traineeId, String stepId) {
        return people.requireAccess(mentor, traineeId, AccessPurpose.ACT_AS_MENTOR)
                .then(current(traineeId, stepId))
                .flatMap(step -> evidence(step).flatMap(completion -> progression.stepCompleted(new StepCompleted(
                                "step:" + traineeId + ":" + stepId + ":" + step.startedOn(), traineeId, stepId,
                                completion.evidence(), clock.instant()))
                        .thenReturn(completion)));
    }

    private Mono<CurrentStep> current(String traineeId, String stepId) {
        return progression.currentStep(traineeId).flatMap(step -> {
            if (step.stage() != StageId.MONITORING || !step.stepId().equals(stepId)) {
                return Mono.error(new ConflictException("not-current-step", "Not the current step",
                        "'" + stepId + "' is not the trainee's current step (" + step.stage() + " / " + step.stepId()
                                + ")"));
            }
            return Mono.just(step);
        });
    }

    private Mono<Completion> evidence(CurrentStep step) {
        ProgramDefinition program = programs.active();
        ProgramDefinition.Step definition = program.step(step.stepId()).orElseThrow();
        WorkingCalendar calendar = calendars.calendar();
        LocalDate today = clock.instant().atZone(WorkingCalendar.ZONE).toLocalDate();
        LocalDate from = step.startedOn();
        List<LocalDate> days = definition.dayKind() == ProgramDefinition.DayKind.TRADING
                ? calendar.tradingDaysBetween(from, today) : calendar.workingDaysBetween(from, today);
        String quotaStep = step.stepId().equals(QuotaPolicy.MONITORING_STEP)
                || step.stepId().equals(QuotaPolicy.TRADING_STEP) ? step.stepId() : null;
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("from", from.toString());
        evidence.put("to", today.toString());
        evidence.put("days", days.size());
        List<FieldError> missing = new ArrayList<>();

        Mono<Void> quotas = quotaStep == null ? Mono.empty() : Flux.fromIterable(days)
                .concatMap(day -> forms.quotas(step.traineeId(), day, quotaStep))
                .doOnNext(dayQuotas -> {
                    for (DailyQuota quota : dayQuotas.quotas()) {
                        evidence.put(quota.kind() + ":" + dayQuotas.day(), quota.accepted() + "/" + quota.required());
                        if (!quota.metWithAccepted()) {
                            missing.add(new FieldError("quotas." + dayQuotas.day(), quota.kind() + ": the mentor has"
                                    + " accepted " + quota.accepted() + " of the " + quota.required() + " forms needed"));
                        }
                    }
                }).then();

        Mono<Void> share = !step.stepId().startsWith(GOLIVE_PREFIX) ? Mono.empty()
                : Mono.zip(calls.share(step.traineeId(), from, today),
                        mongo.findById(ShareWaiverDocument.id(step.traineeId(), step.stepId(), from),
                                ShareWaiverDocument.class).map(ShareWaiverDocument::reason).defaultIfEmpty(""))
                .doOnNext(t -> {
                    String waiver = t.getT2().isEmpty() ? null : t.getT2();
                    MonitoredSharePolicy.Result result = MonitoredSharePolicy.check(t.getT1().calls(),
                            t.getT1().monitored(), program.quotas().mentorMonitoredShareAbove(), waiver);
                    evidence.put("calls", result.calls());
                    evidence.put("monitored", result.monitored());
                    evidence.put("monitoredPercent", t.getT1().percent().toPlainString());
                    if (result instanceof MonitoredSharePolicy.Satisfied) {
                        evidence.put("monitoredShareRule", "satisfied");
                    } else if (result instanceof MonitoredSharePolicy.Waived w) {
                        evidence.put("monitoredShareRule", "waived");
                        evidence.put("waiverReason", w.reason());
                    } else if (result instanceof MonitoredSharePolicy.NotEnough n) {
                        missing.add(new FieldError("monitoredShare", n.explanation()));
                    }
                }).then();

        Mono<Void> drilled = !step.stepId().equals(DRILLS_STEP) ? Mono.empty()
                : drills.evidence(step.traineeId(), from, today).doOnNext(found -> {
                    evidence.put("drillSessions", found.complete());
                    evidence.put("drillSessionsRequired", found.required());
                    if (!found.met()) {
                        missing.add(new FieldError("drills", "the drills step needs " + found.required()
                                + " drill session(s) since " + from + " in which the trainee was scored and wrote up the"
                                + " scripts; " + found.complete().size() + " so far"
                                + (found.incomplete().isEmpty() ? "" : " (incomplete: "
                                + String.join("; ", found.incomplete()) + ")")));
                    }
                }).then();

        return quotas.then(share).then(drilled).then(Mono.defer(() -> missing.isEmpty()
                ? Mono.just(new Completion(step.traineeId(), step.stepId(), from, today, evidence))
                : Mono.error(new InvalidRequestException("The evidence for '" + step.stepId() + "' is not complete",
                        missing))));
    }
}
