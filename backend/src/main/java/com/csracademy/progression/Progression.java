package com.csracademy.progression;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.csracademy.calendar.Calendars;
import com.csracademy.calendar.WorkingCalendar;
import com.csracademy.people.AccessPurpose;
import com.csracademy.notification.Notifications;
import com.csracademy.people.People;
import com.csracademy.program.ProgramDefinition;
import com.csracademy.program.ProgramDefinition.Category;
import com.csracademy.program.ProgramDefinition.StageId;
import com.csracademy.program.ProgramDefinition.Step;
import com.csracademy.program.Programs;
import com.csracademy.progression.domain.Decision;
import com.csracademy.progression.domain.Decision.EscalationChoice;
import com.csracademy.progression.domain.KnowledgePolicy;
import com.csracademy.progression.persistence.JourneyDocument;
import com.csracademy.progression.persistence.JourneyDocument.RejectedEvent;
import com.csracademy.progression.persistence.JourneyDocument.Transition;
import com.csracademy.security.Actor;
import com.csracademy.shared.ConflictException;
import com.csracademy.shared.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The progression engine: keeps each trainee's journey, applies the evidence the other modules deliver
 * through the policies of {@code progression.domain}, and records every decision with its inputs, rule and
 * explanation. Each event is applied at most once, and only to the step it belongs to.
 */
@Service
public class Progression {

    private static final Logger log = LoggerFactory.getLogger(Progression.class);

    private final ReactiveMongoTemplate mongo;
    private final People people;
    private final Programs programs;
    private final Calendars calendars;
    private final Notifications notifications;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final ObjectProvider<JourneyCertifiedListener> certifiedListeners;

    Progression(ReactiveMongoTemplate mongo, People people, Programs programs, Calendars calendars,
                Notifications notifications, Clock clock,
                org.springframework.context.ApplicationEventPublisher events,
                ObjectProvider<JourneyCertifiedListener> certifiedListeners) {
        this.events = events;
        this.mongo = mongo;
        this.people = people;
        this.programs = programs;
        this.calendars = calendars;
        this.notifications = notifications;
        this.clock = clock;
        this.certifiedListeners = certifiedListeners;
    }

    /** The trainee's journey; a trainee with no decision yet is at the program's first step. */
    public Mono<JourneyDocument> journey(String traineeId) {
        return mongo.findById(traineeId, JourneyDocument.class)
                .switchIfEmpty(Mono.defer(() -> people.trainee(traineeId).map(t -> initial(t.personId(),
                        t.category(), t.startDate()))));
    }

    /** The trainee's current stage, step and status (unscoped: the caller checks the scope). */
    public Mono<CurrentStep> currentStep(String traineeId) {
        return journey(traineeId).map(j -> new CurrentStep(j.traineeId(), j.stage(), j.stepId(), j.status(),
                j.stepStartedOn(), j.dueBy()));
    }

    /**
     * The steps the trainee has been in, oldest first, each from the day it started to the day the next one
     * started ({@code null} for the current step), read from the decision history (unscoped: the caller checks
     * the scope). A transition that keeps the step (a remedial result, an escalation, a due date moved) does not
     * split it; a step entered again (an extension back into stage 3) is a new span.
     */
    public Mono<List<StepSpan>> stepSpans(String traineeId) {
        return Mono.zip(journey(traineeId), people.trainee(traineeId))
                .map(t -> spans(t.getT1(), t.getT2().startDate()));
    }

    static List<StepSpan> spans(JourneyDocument journey, LocalDate traineeStart) {
        List<StepSpan> spans = new ArrayList<>();
        List<Transition> history = journey.history();
        StageId stage = history.isEmpty() ? journey.stage() : history.get(0).fromStage();
        String step = history.isEmpty() ? journey.stepId() : history.get(0).fromStep();
        LocalDate from = history.isEmpty() ? journey.stepStartedOn() : traineeStart;
        for (Transition t : history) {
            if (t.toStage() == stage && t.toStep().equals(step)) {
                continue;
            }
            LocalDate started = t.stepStartedOn() != null ? t.stepStartedOn()
                    : t.at().atZone(WorkingCalendar.ZONE).toLocalDate();
            spans.add(new StepSpan(stage, step, from, started));
            stage = t.toStage();
            step = t.toStep();
            from = started;
        }
        spans.add(new StepSpan(stage, step, from, null));
        return spans;
    }

    /** The journey, if the caller may see the trainee. */
    public Mono<JourneyDocument> journey(Actor actor, String traineeId) {
        return people.requireAccess(actor, traineeId, AccessPurpose.READ).then(journey(traineeId));
    }

    public Flux<JourneyDocument> journeys(StageId stage, JourneyStatus status) {
        Query query = new Query();
        if (stage != null) {
            query.addCriteria(where("stage").is(stage));
        }
        if (status != null) {
            query.addCriteria(where("status").is(status));
        }
        return mongo.find(query.with(Sort.by("_id")), JourneyDocument.class);
    }

    private JourneyDocument initial(String traineeId, Category category, LocalDate startDate) {
        ProgramDefinition program = programs.active();
        Step first = firstStep(program, StageId.CLASSROOM, category).orElseThrow();
        return new JourneyDocument(traineeId, program.id(), category, StageId.CLASSROOM, first.id(),
                JourneyStatus.ON_TRACK, startDate, due(first, startDate), 0, 0, 0, 0, List.of(), List.of(), List.of(),
                List.of(), null);
    }

    // ---- evidence: knowledge -------------------------------------------------------------------

    /**
     * Applies a graded knowledge sitting: 90 or more moves the trainee to shadowing; below, remedial
     * training with a make-up due within the window; below again, the department head decides.
     */
    public Mono<Void> knowledgeAssessed(KnowledgeResult result) {
        return update(result.traineeId(), journey -> {
            if (journey.appliedEvents().contains(result.eventId())) {
                return journey;
            }
            if (journey.stage() != StageId.CLASSROOM || journey.status() == JourneyStatus.WITHDRAWN) {
                return reject(journey, result.eventId(), "a knowledge result arrived while the trainee is in "
                        + journey.stage() + " (" + journey.status() + "); it belongs to CLASSROOM and is not applied");
            }
            int makeUpsTaken = Math.max(0, result.sitting() - 1);
            if (makeUpsTaken < journey.makeUpsTaken()) {
                return reject(journey, result.eventId(), "sitting " + result.sitting()
                        + " is older than the latest applied sitting " + (journey.makeUpsTaken() + 1));
            }
            ProgramDefinition program = programs.active();
            WorkingCalendar calendar = calendars.calendar();
            LocalDate resultDate = result.gradedAt().atZone(WorkingCalendar.ZONE).toLocalDate();
            ProgramDefinition allowing = withExtraMakeUps(program, journey.extraMakeUpsGranted());
            Decision decision = KnowledgePolicy.decide(allowing, result.areaScores(), result.average(), makeUpsTaken,
                    resultDate, calendar);
            Map<String, Object> inputs = new LinkedHashMap<>();
            inputs.put("areaScores", result.areaScores());
            inputs.put("average", result.average());
            inputs.put("sitting", result.sitting());
            JourneyDocument base = withMakeUps(journey, makeUpsTaken);
            if (decision instanceof Decision.Passed passed) {
                Step next = firstStep(program, StageId.SHADOWING, journey.category()).orElseThrow();
                return move(base, result.eventId(), StageId.SHADOWING, next.id(), JourneyStatus.ON_TRACK,
                        resultDate, due(next, resultDate), List.of(), "PASSED", passed, inputs, "system", null);
            }
            if (decision instanceof Decision.Remedial remedial) {
                inputs.put("weakAreas", remedial.weakAreas());
                return move(base, result.eventId(), StageId.CLASSROOM, journey.stepId(), JourneyStatus.REMEDIAL,
                        journey.stepStartedOn(), remedial.dueBy(), List.of(), "REMEDIAL", remedial, inputs,
                        "system", null);
            }
            Decision.Escalated escalated = (Decision.Escalated) decision;
            return move(base, result.eventId(), StageId.CLASSROOM, journey.stepId(), JourneyStatus.ESCALATED,
                    journey.stepStartedOn(), null, escalated.options().stream().map(Enum::name).toList(),
                    "ESCALATED", escalated, inputs, "system", null);
        }).then();
    }

    // ---- evidence: shadowing, monitoring steps, go-live week --------------------------------------

    /** Stage 2: the average of the two scores is the stage score; the trainee moves on to monitoring. */
    public Mono<Void> shadowingEvaluated(ShadowingResult result) {
        return update(result.traineeId(), journey -> {
            if (journey.appliedEvents().contains(result.eventId())) {
                return journey;
            }
            if (journey.stage() != StageId.SHADOWING || journey.status() != JourneyStatus.ON_TRACK) {
                return reject(journey, result.eventId(), "a shadowing result arrived while the trainee is in "
                        + journey.stage() + " (" + journey.status() + "); it belongs to SHADOWING");
            }
            ProgramDefinition program = programs.active();
            Decision decision = com.csracademy.progression.domain.ShadowingPolicy.decide(program,
                    result.departmentHeadScore(), result.branchMentorScore());
            Map<String, Object> inputs = new LinkedHashMap<>();
            inputs.put("departmentHeadScore", result.departmentHeadScore());
            inputs.put("branchMentorScore", result.branchMentorScore());
            inputs.put("stageScore", com.csracademy.progression.domain.ShadowingPolicy.stageScore(
                    result.departmentHeadScore(), result.branchMentorScore()));
            LocalDate day = result.completedAt().atZone(WorkingCalendar.ZONE).toLocalDate();
            if (decision instanceof Decision.Escalated escalated) {
                return move(journey, result.eventId(), journey.stage(), journey.stepId(), JourneyStatus.ESCALATED,
                        journey.stepStartedOn(), null, escalated.options().stream().map(Enum::name).toList(),
                        "ESCALATED", escalated, inputs, "system", null);
            }
            Step next = firstStep(program, StageId.MONITORING, journey.category()).orElseThrow();
            return move(journey, result.eventId(), StageId.MONITORING, next.id(), JourneyStatus.ON_TRACK, day,
                    due(next, day), List.of(), "PASSED", decision, inputs, "system", null);
        }).then();
    }

    /**
     * Stage 3: the current step is done; the next step the trainee's category takes follows (category B
     * skips the drills), and after the last one the independent go-live week.
     */
    public Mono<Void> stepCompleted(StepCompleted event) {
        return update(event.traineeId(), journey -> {
            if (journey.appliedEvents().contains(event.eventId())) {
                return journey;
            }
            if (journey.stage() != StageId.MONITORING || !journey.stepId().equals(event.stepId())
                    || !(journey.status() == JourneyStatus.ON_TRACK || journey.status() == JourneyStatus.EXTENDED)) {
                return reject(journey, event.eventId(), "step '" + event.stepId() + "' is not the trainee's current "
                        + "step (" + journey.stage() + " / " + journey.stepId() + ", " + journey.status() + ")");
            }
            ProgramDefinition program = programs.active();
            LocalDate day = event.completedAt().atZone(WorkingCalendar.ZONE).toLocalDate();
            List<Step> steps = program.stage(StageId.MONITORING).steps().stream()
                    .filter(s -> s.appliesTo(journey.category())).toList();
            int index = steps.stream().map(Step::id).toList().indexOf(journey.stepId());
            boolean last = index == steps.size() - 1;
            Step next = last ? firstStep(program, StageId.GO_LIVE_ASSESSMENT, journey.category()).orElseThrow()
                    : steps.get(index + 1);
            StageId stage = last ? StageId.GO_LIVE_ASSESSMENT : StageId.MONITORING;
            Decision.Passed passed = new Decision.Passed("step complete: " + journey.stepId(),
                    "“" + program.step(journey.stepId()).map(Step::name).orElse(journey.stepId()) + "”已完成，进入“"
                            + next.name() + "”");
            return move(journey, event.eventId(), stage, next.id(), JourneyStatus.ON_TRACK, day, due(next, day),
                    List.of(), "STEP_COMPLETED", passed, new LinkedHashMap<>(event.evidence()), "system", null);
        }).then();
    }

    /** Stage 4: 85 or more certifies; below, monitoring is extended a week, then a new go-live week. */
    public Mono<Void> goLiveWeekScored(GoLiveWeekResult result) {
        return update(result.traineeId(), journey -> {
            if (journey.appliedEvents().contains(result.eventId())) {
                return journey;
            }
            if (appliedRevision(journey, result.eventId()) > 0) {
                return reject(journey, result.eventId(), "a corrected result of this week was applied first;"
                        + " the original result is not applied after it");
            }
            if (journey.stage() != StageId.GO_LIVE_ASSESSMENT || journey.status() != JourneyStatus.ON_TRACK) {
                return reject(journey, result.eventId(), "a go-live score arrived while the trainee is in "
                        + journey.stage() + " (" + journey.status() + "); it belongs to GO_LIVE_ASSESSMENT");
            }
            Map<String, Object> inputs = new LinkedHashMap<>();
            inputs.put("weekScore", result.weekScore());
            inputs.put("countedCalls", result.countedCalls());
            return decideWeek(journey, result.eventId(), result.weekScore(), result.scoredAt(), inputs);
        }).then();
    }

    /** Applies {@link GoLivePolicy} to a week's score on a journey waiting in the go-live assessment. */
    private JourneyDocument decideWeek(JourneyDocument journey, String trigger, java.math.BigDecimal weekScore,
                                       java.time.Instant scoredAt, Map<String, Object> inputs) {
        ProgramDefinition program = programs.active();
        LocalDate day = scoredAt.atZone(WorkingCalendar.ZONE).toLocalDate();
        Decision decision = com.csracademy.progression.domain.GoLivePolicy.decide(program, weekScore,
                journey.extensionsTaken() - journey.extraExtensionsGranted(), day, calendars.calendar());
        if (decision instanceof Decision.Certified certified) {
            return move(journey, trigger, journey.stage(), journey.stepId(), JourneyStatus.CERTIFIED,
                    journey.stepStartedOn(), null, List.of(), "CERTIFIED", certified, inputs, "system", null);
        }
        if (decision instanceof Decision.Extended extended) {
            Step full = program.stage(StageId.MONITORING).steps().stream()
                    .filter(s -> s.appliesTo(journey.category())).reduce((a, b) -> b).orElseThrow();
            JourneyDocument counted = withExtensions(journey, journey.extensionsTaken() + 1);
            return move(counted, trigger, StageId.MONITORING, full.id(), JourneyStatus.EXTENDED, day,
                    extended.until(), List.of(), "EXTENDED", extended, inputs, "system", null);
        }
        Decision.Escalated escalated = (Decision.Escalated) decision;
        return move(journey, trigger, journey.stage(), journey.stepId(), JourneyStatus.ESCALATED,
                journey.stepStartedOn(), null, escalated.options().stream().map(Enum::name).toList(),
                "ESCALATED", escalated, inputs, "system", null);
    }

    /**
     * A go-live week's score corrected after the week was closed (an appeal re-scored one of its calls). Applied
     * once per week and revision; an older revision than one applied is rejected. Then (docs/progression.md):
     * <ol>
     *   <li>the week has no decision on the journey yet and the journey waits in the go-live assessment: the
     *   corrected score is decided like a first result (≥ 85 certifies, below extends);</li>
     *   <li>the corrected score leads to the same decision (still ≥ 85 and certified, still below and extended
     *   or escalated): the correction is recorded ({@code GO_LIVE_CORRECTED}), nothing else changes;</li>
     *   <li>the week's decision was an extension (or an escalation) and the journey has not moved since, and the
     *   corrected score is ≥ 85: re-decided, the journey is certified and the extension is not counted
     *   ({@code GO_LIVE_REDECIDED});</li>
     *   <li>otherwise the decision would flip but the journey has moved past it (a certified journey always
     *   has: its certificate was issued and is publicly verifiable): the correction is recorded and escalated
     *   to the department head with the explanation ({@code CORRECTION_ESCALATED}); the status stands.</li>
     * </ol>
     */
    public Mono<Void> goLiveWeekCorrected(GoLiveWeekCorrected result) {
        return update(result.traineeId(), journey -> {
            if (journey.appliedEvents().contains(result.eventId())) {
                return journey;
            }
            int applied = appliedRevision(journey, result.weekEventId());
            if (result.revision() < 1 || result.revision() <= applied) {
                return reject(journey, result.eventId(), "revision " + result.revision() + " of "
                        + result.weekEventId() + " is not newer than the applied revision " + applied);
            }
            ProgramDefinition program = programs.active();
            java.math.BigDecimal pass = program.thresholds().goLivePass();
            boolean passes = result.weekScore().compareTo(pass) >= 0;
            Map<String, Object> inputs = new LinkedHashMap<>();
            inputs.put("weekEventId", result.weekEventId());
            inputs.put("revision", result.revision());
            inputs.put("previousScore", result.previousScore());
            inputs.put("weekScore", result.weekScore());
            inputs.put("countedCalls", result.countedCalls());
            inputs.put("cause", result.cause());
            int at = weekDecisionIndex(journey, result.weekEventId());
            if (at < 0) {
                if (journey.stage() != StageId.GO_LIVE_ASSESSMENT || journey.status() != JourneyStatus.ON_TRACK) {
                    return reject(journey, result.eventId(), "a corrected go-live score arrived for a week with no"
                            + " decision while the trainee is in " + journey.stage() + " (" + journey.status() + ")");
                }
                JourneyDocument decided = decideWeek(journey, result.eventId(), result.weekScore(),
                        result.correctedAt(), inputs);
                List<String> appliedEvents = new ArrayList<>(decided.appliedEvents());
                appliedEvents.add(result.weekEventId());
                return withApplied(decided, appliedEvents);
            }
            Transition decisionOfWeek = journey.history().get(at);
            String standing = standingDecision(decisionOfWeek);
            inputs.put("weekDecision", standing);
            String scores = "上线考评成绩经复查由 " + KnowledgePolicy.show(result.previousScore()) + " 更正为 "
                    + KnowledgePolicy.show(result.weekScore());
            String rule = "go-live-qa ≥ " + pass.stripTrailingZeros().toPlainString() + " (corrected)";
            boolean wasPass = "CERTIFIED".equals(standing);
            if (passes == wasPass) {
                return move(journey, result.eventId(), journey.stage(), journey.stepId(), journey.status(),
                        journey.stepStartedOn(), journey.dueBy(), journey.escalationOptions(), "GO_LIVE_CORRECTED",
                        new Decision.Passed(rule, scores + "，原决定（" + decisionName(standing) + "）不变"), inputs,
                        "system", null);
            }
            boolean atDecision = at == journey.history().size() - 1;
            if (atDecision && !wasPass) {
                JourneyDocument base = "EXTENDED".equals(standing)
                        ? withExtensions(journey, Math.max(0, journey.extensionsTaken() - 1)) : journey;
                inputs.put("weekDecision", "CERTIFIED");
                return move(base, result.eventId(), decisionOfWeek.fromStage(), decisionOfWeek.fromStep(),
                        JourneyStatus.CERTIFIED, journey.stepStartedOn(), null, List.of(), "GO_LIVE_REDECIDED",
                        new Decision.Certified(rule, scores + " ≥ " + KnowledgePolicy.show(pass) + "，原决定（"
                                + decisionName(standing) + "）尚未执行，改为通过上线考评，可独立上线"), inputs,
                        "system", null);
            }
            String why = wasPass
                    ? scores + " < " + KnowledgePolicy.show(pass) + "，但学员已获认证（证书已签发），系统不自动撤销；"
                    + "提交部门负责人决定是否撤销证书并安排延长监听"
                    : scores + " ≥ " + KnowledgePolicy.show(pass) + "，但学员已按原决定（" + decisionName(standing)
                    + "）继续培训，系统不自动改判；提交部门负责人决定";
            return move(journey, result.eventId(), journey.stage(), journey.stepId(), journey.status(),
                    journey.stepStartedOn(), journey.dueBy(), journey.escalationOptions(), "CORRECTION_ESCALATED",
                    new Decision.Passed(rule, why), inputs, "system", null);
        }).then();
    }

    /** The highest revision of the week's corrections applied to the journey (0: none). */
    private static int appliedRevision(JourneyDocument journey, String weekEventId) {
        String prefix = weekEventId + ":rev:";
        int max = 0;
        for (String id : journey.appliedEvents()) {
            if (id.startsWith(prefix)) {
                try {
                    max = Math.max(max, Integer.parseInt(id.substring(prefix.length())));
                } catch (NumberFormatException e) {
                    // not a revision id
                }
            }
        }
        return max;
    }

    /** The index of the latest transition the week's result or one of its corrections made (−1: none). */
    private static int weekDecisionIndex(JourneyDocument journey, String weekEventId) {
        for (int i = journey.history().size() - 1; i >= 0; i--) {
            String trigger = journey.history().get(i).trigger();
            if (trigger.equals(weekEventId) || trigger.startsWith(weekEventId + ":rev:")) {
                return i;
            }
        }
        return -1;
    }

    /** The decision that stands for the week: the original one, or the one a correction recorded. */
    private static String standingDecision(Transition t) {
        Object recorded = t.inputs() == null ? null : t.inputs().get("weekDecision");
        return recorded != null ? recorded.toString() : t.decision();
    }

    private static String decisionName(String decision) {
        switch (decision) {
            case "CERTIFIED":
                return "通过认证";
            case "EXTENDED":
                return "延长监听";
            case "ESCALATED":
                return "提交部门负责人决定";
            default:
                return decision;
        }
    }

    // ---- deadlines -----------------------------------------------------------------------------

    /**
     * Escalates every remedial journey whose make-up is overdue on {@code today}; the trigger names the due
     * date, so the same overdue make-up is escalated once.
     */
    public Mono<Long> escalateOverdueMakeUps(LocalDate today) {
        Query overdue = new Query(where("status").is(JourneyStatus.REMEDIAL).and("dueBy").lt(today));
        return mongo.find(overdue, JourneyDocument.class)
                .concatMap(found -> update(found.traineeId(), journey -> {
                    String trigger = "deadline:make-up:" + journey.dueBy();
                    if (journey.status() != JourneyStatus.REMEDIAL || journey.dueBy() == null
                            || !journey.dueBy().isBefore(today) || journey.appliedEvents().contains(trigger)) {
                        return journey;
                    }
                    Decision.Escalated escalated = new Decision.Escalated("make-up due by " + journey.dueBy(),
                            "补考期限 " + journey.dueBy() + " 已过仍未完成补考，提交部门负责人决定",
                            List.of(EscalationChoice.ANOTHER_MAKE_UP, EscalationChoice.END_TRAINEESHIP));
                    return move(journey, trigger, journey.stage(), journey.stepId(), JourneyStatus.ESCALATED,
                            journey.stepStartedOn(), null, escalated.options().stream().map(Enum::name).toList(),
                            "OVERDUE", escalated, Map.of("dueBy", journey.dueBy().toString(), "today", today.toString()),
                            "system", null);
                }).filter(j -> j.status() == JourneyStatus.ESCALATED))
                .count();
    }

    // ---- the department head's decisions ------------------------------------------------------

    /** The department head decides an escalation; the reason is mandatory and recorded. */
    public Mono<JourneyDocument> decideEscalation(Actor head, String traineeId, EscalationChoice choice, String reason) {
        if (reason == null || reason.isBlank()) {
            return Mono.error(new InvalidRequestException("reason", "a decision needs a reason"));
        }
        return people.requireAccess(head, traineeId, AccessPurpose.READ).then(update(traineeId, journey -> {
            if (journey.status() != JourneyStatus.ESCALATED) {
                throw new ConflictException("not-escalated", "Nothing to decide",
                        "The journey of '" + traineeId + "' is " + journey.status() + ", not waiting for a decision");
            }
            if (!journey.escalationOptions().contains(choice.name())) {
                throw new InvalidRequestException("choice", "the choices here are " + journey.escalationOptions());
            }
            LocalDate today = clock.instant().atZone(WorkingCalendar.ZONE).toLocalDate();
            ProgramDefinition program = programs.active();
            String trigger = "decision:" + java.util.UUID.randomUUID();
            Map<String, Object> inputs = Map.of("choice", choice.name());
            return switch (choice) {
                case ANOTHER_MAKE_UP -> {
                    LocalDate due = calendars.calendar().addWorkingDays(today, program.remedial().windowWorkingDays());
                    JourneyDocument granted = new JourneyDocument(journey.traineeId(), journey.programId(),
                            journey.category(), journey.stage(), journey.stepId(), journey.status(),
                            journey.stepStartedOn(), journey.dueBy(), journey.makeUpsTaken(),
                            journey.extraMakeUpsGranted() + 1, journey.extensionsTaken(), journey.extraExtensionsGranted(),
                            journey.escalationOptions(),
                            journey.history(),
                            journey.appliedEvents(), journey.rejectedEvents(), journey.version());
                    yield move(granted, trigger, journey.stage(), journey.stepId(), JourneyStatus.REMEDIAL,
                            journey.stepStartedOn(), due, List.of(), "ANOTHER_MAKE_UP",
                            new Decision.Passed("escalation: another make-up", "部门负责人决定再给予一次补考，须于 " + due
                                    + " 前完成"), inputs, head.personId(), reason);
                }
                case ANOTHER_EXTENSION -> {
                    LocalDate until = calendars.calendar().addWorkingDays(today, program.extension().workingDays());
                    Step full = program.stage(StageId.MONITORING).steps().stream()
                            .filter(s -> s.appliesTo(journey.category())).reduce((a, b) -> b).orElseThrow();
                    JourneyDocument granted = new JourneyDocument(journey.traineeId(), journey.programId(),
                            journey.category(), journey.stage(), journey.stepId(), journey.status(),
                            journey.stepStartedOn(), journey.dueBy(), journey.makeUpsTaken(),
                            journey.extraMakeUpsGranted(), journey.extensionsTaken() + 1,
                            journey.extraExtensionsGranted() + 1, journey.escalationOptions(), journey.history(),
                            journey.appliedEvents(), journey.rejectedEvents(), journey.version());
                    yield move(granted, trigger, StageId.MONITORING, full.id(), JourneyStatus.EXTENDED, today, until,
                            List.of(), "ANOTHER_EXTENSION",
                            new Decision.Passed("escalation: another extension", "部门负责人决定再延长监听培训至 " + until
                                    + "，之后重新进行一周独立上线考评"), inputs, head.personId(), reason);
                }
                case END_TRAINEESHIP -> move(journey, trigger, journey.stage(), journey.stepId(),
                        JourneyStatus.WITHDRAWN, journey.stepStartedOn(), null, List.of(), "END_TRAINEESHIP",
                        new Decision.Passed("escalation: end", "部门负责人决定终止培训"), inputs, head.personId(), reason);
            };
        }));
    }

    // ---- the department head's overrides -------------------------------------------------------

    /** What the department head may do to a journey outside the rules, always with a reason. */
    public enum Override { MOVE_TO_STEP, WAIVE_STEP, EXTEND_DUE_DATE }

    /**
     * Moves the journey to a step, waives the current step (the next one follows), or extends its due
     * date by working days. A waiver cannot certify: the go-live week is never waived.
     */
    public Mono<JourneyDocument> override(Actor head, String traineeId, Override action, String stepId,
                                          Integer workingDays, String reason) {
        if (reason == null || reason.isBlank()) {
            return Mono.error(new InvalidRequestException("reason", "an override needs a reason"));
        }
        return people.requireAccess(head, traineeId, AccessPurpose.READ).then(update(traineeId, journey -> {
            if (journey.status() == JourneyStatus.CERTIFIED || journey.status() == JourneyStatus.WITHDRAWN) {
                throw new ConflictException("journey-closed", "Journey closed",
                        "The journey of '" + traineeId + "' is " + journey.status() + "; it cannot be changed");
            }
            ProgramDefinition program = programs.active();
            LocalDate today = clock.instant().atZone(WorkingCalendar.ZONE).toLocalDate();
            String trigger = "override:" + java.util.UUID.randomUUID();
            Map<String, Object> inputs = new LinkedHashMap<>();
            inputs.put("action", action.name());
            return switch (action) {
                case MOVE_TO_STEP -> {
                    Step step = stepId == null ? null : program.step(stepId).orElse(null);
                    if (step == null || !step.appliesTo(journey.category())) {
                        throw new InvalidRequestException("stepId", "'" + stepId + "' is not a step of this program for"
                                + " category " + journey.category());
                    }
                    StageId stage = program.stages().stream().filter(st -> st.steps().contains(step))
                            .findFirst().orElseThrow().id();
                    inputs.put("stepId", stepId);
                    yield move(journey, trigger, stage, step.id(), JourneyStatus.ON_TRACK, today, due(step, today),
                            List.of(), "OVERRIDE_MOVE", new Decision.Passed("override: move",
                                    "部门负责人将培训进度调整至“" + step.name() + "”"), inputs, head.personId(), reason);
                }
                case WAIVE_STEP -> {
                    if (journey.stage() == StageId.GO_LIVE_ASSESSMENT) {
                        throw new InvalidRequestException("action", "the go-live assessment cannot be waived");
                    }
                    List<Step> order = program.stages().stream().flatMap(st -> st.steps().stream())
                            .filter(st -> st.appliesTo(journey.category())).toList();
                    int index = order.stream().map(Step::id).toList().indexOf(journey.stepId());
                    Step next = order.get(index + 1);
                    StageId stage = program.stages().stream().filter(st -> st.steps().contains(next))
                            .findFirst().orElseThrow().id();
                    inputs.put("waivedStep", journey.stepId());
                    yield move(journey, trigger, stage, next.id(), JourneyStatus.ON_TRACK, today, due(next, today),
                            List.of(), "OVERRIDE_WAIVE", new Decision.Passed("override: waive",
                                    "部门负责人免除“" + program.step(journey.stepId()).map(Step::name).orElse(journey.stepId())
                                            + "”，进入“" + next.name() + "”"), inputs, head.personId(), reason);
                }
                case EXTEND_DUE_DATE -> {
                    if (workingDays == null || workingDays < 1 || workingDays > 60) {
                        throw new InvalidRequestException("workingDays", "must be between 1 and 60");
                    }
                    LocalDate from = journey.dueBy() == null ? today : journey.dueBy();
                    LocalDate until = calendars.calendar().addWorkingDays(from, workingDays);
                    inputs.put("workingDays", workingDays);
                    inputs.put("previousDueBy", String.valueOf(journey.dueBy()));
                    yield move(journey, trigger, journey.stage(), journey.stepId(), journey.status(),
                            journey.stepStartedOn(), until, journey.escalationOptions(), "OVERRIDE_EXTEND",
                            new Decision.Passed("override: extend", "部门负责人将期限延长 " + workingDays + " 个工作日至 "
                                    + until), inputs, head.personId(), reason);
                }
            };
        }));
    }

    // ---- mechanics -----------------------------------------------------------------------------

    /**
     * Reads the journey, applies the change and writes it guarded by its version; a concurrent writer
     * makes it read and apply again.
     */
    private Mono<JourneyDocument> update(String traineeId, java.util.function.UnaryOperator<JourneyDocument> change) {
        return applyChange(traineeId, change).flatMap(this::notifyPending);
    }

    private Mono<JourneyDocument> applyChange(String traineeId, java.util.function.UnaryOperator<JourneyDocument> change) {
        return Mono.defer(() -> journey(traineeId).flatMap(current -> {
                    JourneyDocument next = change.apply(current);
                    if (next == current) {
                        return Mono.just(current);
                    }
                    return (current.version() == null ? mongo.insert(next) : mongo.save(next))
                            .doOnNext(saved -> events.publishEvent(changed(saved)));
                }))
                .retryWhen(Retry.max(5).filter(e -> e instanceof OptimisticLockingFailureException
                        || e instanceof DuplicateKeyException))
                .doOnError(e -> log.debug("Journey update for {} failed: {}", traineeId, e.getMessage()));
    }

    // ---- notifications (outbox: each transition is marked once its notifications are stored) --------

    /**
     * Notifies the trainee, their mentor and their department's head of every transition not yet
     * notified, then marks it; a notification's id includes the transition, so a retry sends nothing twice.
     */
    Mono<JourneyDocument> notifyPending(JourneyDocument journey) {
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < journey.history().size(); i++) {
            if (journey.history().get(i).notifiedAt() == null) {
                pending.add(i);
            }
        }
        if (pending.isEmpty() || journey.version() == null) {
            return Mono.just(journey);
        }
        // the lookups are independent: at once; the set of recipients is what counts, not their order
        Mono<List<String>> recipients = Flux.merge(Mono.just(journey.traineeId()),
                        people.currentMentorId(journey.traineeId()),
                        people.departmentOf(journey.traineeId()).flatMapMany(
                                department -> people.idsWithRole(com.csracademy.security.Role.DEPARTMENT_HEAD, department)))
                .distinct().collectList();
        return recipients.flatMap(to -> Flux.fromIterable(pending).concatMap(i -> {
                    Transition t = journey.history().get(i);
                    return certified(journey, i, t)
                            .then(notifications.send(to, "JOURNEY_" + t.decision(), "培训进度：" + label(t.decision()),
                                    t.explanation(), "/trainees/" + journey.traineeId() + "/journey",
                                    "journey:" + journey.traineeId() + ":" + i + ":" + t.trigger()))
                            .then(mongo.updateFirst(new Query(where("_id").is(journey.traineeId())),
                                    new org.springframework.data.mongodb.core.query.Update()
                                            .set("history." + i + ".notifiedAt", clock.instant()),
                                    JourneyDocument.class));
                }).then())
                .thenReturn(journey)
                .onErrorResume(e -> {
                    log.warn("Notifying the journey of {} failed; the deadline check retries: {}",
                            journey.traineeId(), e.getMessage());
                    return Mono.just(journey);
                });
    }

    /** A certifying transition goes to the listeners (certificate issuance) before it is marked notified. */
    private Mono<Void> certified(JourneyDocument journey, int index, Transition t) {
        if (t.toStatus() != JourneyStatus.CERTIFIED || t.fromStatus() == JourneyStatus.CERTIFIED) {
            return Mono.empty();
        }
        JourneyCertified event = new JourneyCertified("journey:" + journey.traineeId() + ":" + index + ":" + t.trigger(),
                journey.traineeId(), journey.programId(), t.at());
        return Flux.fromStream(certifiedListeners::orderedStream)
                .concatMap(listener -> listener.journeyCertified(event))
                .then();
    }

    /** Sends what a crash or a failure left unnotified. */
    public Mono<Long> notifyAllPending() {
        return mongo.find(new Query(where("history").elemMatch(where("notifiedAt").is(null))), JourneyDocument.class)
                .concatMap(this::notifyPending)
                .count();
    }

    /** Reminds the trainee and their mentor of a make-up due on the next working day. */
    public Mono<Long> remindUpcomingMakeUps(LocalDate today) {
        LocalDate tomorrow = calendars.calendar().addWorkingDays(today, 1);
        return mongo.find(new Query(where("status").is(JourneyStatus.REMEDIAL).and("dueBy").is(tomorrow)),
                        JourneyDocument.class)
                .concatMap(j -> Flux.concat(Mono.just(j.traineeId()), people.currentMentorId(j.traineeId()))
                        .collectList()
                        .flatMap(to -> notifications.send(to, "DEADLINE_REMINDER", "补考即将到期",
                                "补考须于 " + j.dueBy() + " 前完成", "/trainees/" + j.traineeId() + "/journey",
                                "reminder:" + j.traineeId() + ":" + j.dueBy())))
                .count();
    }

    private static String label(String decision) {
        return switch (decision) {
            case "PASSED" -> "进入下一阶段";
            case "REMEDIAL" -> "需再培训及补考";
            case "ESCALATED" -> "待部门负责人决定";
            case "OVERDUE" -> "补考逾期，待部门负责人决定";
            case "ANOTHER_MAKE_UP" -> "部门负责人决定再次补考";
            case "ANOTHER_EXTENSION" -> "部门负责人决定再次延长";
            case "END_TRAINEESHIP" -> "培训终止";
            case "GO_LIVE_CORRECTED" -> "上线考评成绩更正，决定不变";
            case "GO_LIVE_REDECIDED" -> "上线考评成绩更正，改为通过";
            case "CORRECTION_ESCALATED" -> "上线考评成绩更正，待部门负责人决定";
            default -> decision;
        };
    }

    private static JourneyChanged changed(JourneyDocument j) {
        Transition last = j.history().isEmpty() ? null : j.history().get(j.history().size() - 1);
        return new JourneyChanged(j.traineeId(), j.category(), j.stage(), j.stepId(), j.status(), j.dueBy(),
                j.history().size(), last == null ? null : last.fromStage(), last == null ? null : last.decision(),
                last == null ? Map.of() : last.inputs(), last == null ? null : last.at());
    }

    private static JourneyDocument reject(JourneyDocument journey, String eventId, String reason) {
        if (journey.rejectedEvents().stream().anyMatch(r -> r.eventId().equals(eventId))) {
            return journey;
        }
        List<RejectedEvent> rejected = new ArrayList<>(journey.rejectedEvents());
        rejected.add(new RejectedEvent(eventId, java.time.Instant.now(), reason));
        return new JourneyDocument(journey.traineeId(), journey.programId(), journey.category(), journey.stage(),
                journey.stepId(), journey.status(), journey.stepStartedOn(), journey.dueBy(), journey.makeUpsTaken(),
                journey.extraMakeUpsGranted(), journey.extensionsTaken(), journey.extraExtensionsGranted(),
                journey.escalationOptions(), journey.history(), journey.appliedEvents(), rejected, journey.version());
    }

    private static JourneyDocument withMakeUps(JourneyDocument j, int makeUpsTaken) {
        return new JourneyDocument(j.traineeId(), j.programId(), j.category(), j.stage(), j.stepId(), j.status(),
                j.stepStartedOn(), j.dueBy(), makeUpsTaken, j.extraMakeUpsGranted(), j.extensionsTaken(),
                j.extraExtensionsGranted(), j.escalationOptions(), j.history(), j.appliedEvents(), j.rejectedEvents(), j.version());
    }

    private static JourneyDocument withApplied(JourneyDocument j, List<String> applied) {
        return new JourneyDocument(j.traineeId(), j.programId(), j.category(), j.stage(), j.stepId(), j.status(),
                j.stepStartedOn(), j.dueBy(), j.makeUpsTaken(), j.extraMakeUpsGranted(), j.extensionsTaken(),
                j.extraExtensionsGranted(), j.escalationOptions(), j.history(), applied, j.rejectedEvents(), j.version());
    }

    private static JourneyDocument withExtensions(JourneyDocument j, int extensionsTaken) {
        return new JourneyDocument(j.traineeId(), j.programId(), j.category(), j.stage(), j.stepId(), j.status(),
                j.stepStartedOn(), j.dueBy(), j.makeUpsTaken(), j.extraMakeUpsGranted(), extensionsTaken,
                j.extraExtensionsGranted(), j.escalationOptions(), j.history(), j.appliedEvents(), j.rejectedEvents(), j.version());
    }

    private JourneyDocument move(JourneyDocument from, String trigger, StageId stage, String stepId,
                                 JourneyStatus status, LocalDate stepStartedOn, LocalDate dueBy,
                                 List<String> escalationOptions, String decisionKind, Decision decision,
                                 Map<String, Object> inputs, String decidedBy, String reason) {
        List<Transition> history = new ArrayList<>(from.history());
        history.add(new Transition(clock.instant(), trigger, from.stage(), from.stepId(), from.status(), stage, stepId,
                status, stepStartedOn, decisionKind, decision.rule(), inputs, decision.explanation(), decidedBy, reason, null));
        List<String> applied = new ArrayList<>(from.appliedEvents());
        applied.add(trigger);
        return new JourneyDocument(from.traineeId(), from.programId(), from.category(), stage, stepId, status,
                stepStartedOn, dueBy, from.makeUpsTaken(), from.extraMakeUpsGranted(), from.extensionsTaken(),
                from.extraExtensionsGranted(), escalationOptions, history, applied, from.rejectedEvents(), from.version());
    }

    private LocalDate due(Step step, LocalDate start) {
        WorkingCalendar calendar = calendars.calendar();
        return step.dayKind() == ProgramDefinition.DayKind.TRADING
                ? calendar.addTradingDays(start, step.durationDays())
                : calendar.addWorkingDays(start, step.durationDays());
    }

    /** The first step of a stage that the category takes (category B skips the drills). */
    static Optional<Step> firstStep(ProgramDefinition program, StageId stage, Category category) {
        return program.stage(stage).steps().stream().filter(s -> s.appliesTo(category)).findFirst();
    }

    private static ProgramDefinition withExtraMakeUps(ProgramDefinition p, int extra) {
        if (extra == 0) {
            return p;
        }
        return new ProgramDefinition(p.id(), p.version(), p.name(), p.knowledgeAreas(), p.thresholds(),
                new ProgramDefinition.Remedial(p.remedial().windowWorkingDays(), p.remedial().maxMakeUps() + extra),
                p.extension(), p.quotas(), p.stages());
    }
}
