package com.csracademy.progression.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.csracademy.program.ProgramDefinition.StageId;
import com.csracademy.program.Programs;
import com.csracademy.progression.JourneyStatus;
import com.csracademy.progression.Progression;
import com.csracademy.progression.domain.Decision.EscalationChoice;
import com.csracademy.progression.persistence.JourneyDocument;
import com.csracademy.security.Actors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Progression")
class JourneyController {

    private static final String ID = "[A-Za-z0-9._-]{1,64}";

    private final Progression progression;
    private final Programs programs;

    JourneyController(Progression progression, Programs programs) {
        this.progression = progression;
        this.programs = programs;
    }

    @GetMapping("/trainees/{id}/journey")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A trainee's journey: stage, step, status, due date, every decision and why (scoped)")
    Mono<JourneyView> journey(@PathVariable @Pattern(regexp = ID) String id) {
        return Actors.current().flatMap(actor -> progression.journey(actor, id)).map(this::view);
    }

    @GetMapping("/journeys")
    @PreAuthorize("hasAnyRole('DEPARTMENT_HEAD','TRAINING_SPECIALIST','ADMIN')")
    @Operation(summary = "Journeys filtered by stage and status")
    Mono<List<JourneyView>> journeys(@RequestParam(required = false) StageId stage,
                                     @RequestParam(required = false) JourneyStatus status) {
        return progression.journeys(stage, status).map(this::view).collectList();
    }

    @PostMapping("/trainees/{id}/journey/escalation")
    @PreAuthorize("hasRole('DEPARTMENT_HEAD')")
    @Operation(summary = "Decide an escalation: another make-up, another extension, or end the traineeship")
    Mono<JourneyView> decide(@PathVariable @Pattern(regexp = ID) String id, @Valid @RequestBody EscalationDecision body) {
        return Actors.current().flatMap(actor -> progression.decideEscalation(actor, id, body.choice(), body.reason()))
                .map(this::view);
    }

    @PostMapping("/trainees/{id}/journey/override")
    @PreAuthorize("hasRole('DEPARTMENT_HEAD')")
    @Operation(summary = "Override: move to a step, waive the current step, or extend its due date (reason required)")
    Mono<JourneyView> override(@PathVariable @Pattern(regexp = ID) String id, @Valid @RequestBody OverrideRequest body) {
        return Actors.current().flatMap(actor -> progression.override(actor, id, body.action(), body.stepId(),
                body.workingDays(), body.reason())).map(this::view);
    }

    private JourneyView view(JourneyDocument j) {
        String stepName = programs.active().step(j.stepId()).map(s -> s.name()).orElse(j.stepId());
        JourneyDocument.Transition last = j.history().isEmpty() ? null : j.history().get(j.history().size() - 1);
        return new JourneyView(j.traineeId(), j.category().name(), j.stage(), j.stepId(), stepName, j.status(),
                j.stepStartedOn(), j.dueBy(), j.makeUpsTaken(), j.escalationOptions(), last, j.history(),
                j.rejectedEvents(), nextActions(j));
    }

    private static List<String> nextActions(JourneyDocument j) {
        return switch (j.status()) {
            case REMEDIAL -> List.of("RETRAIN_WEAK_AREAS", "SIT_MAKE_UP_EXAM");
            case ESCALATED -> List.of("AWAIT_DEPARTMENT_HEAD_DECISION");
            case EXTENDED -> List.of("CONTINUE_MONITORING", "NEW_GO_LIVE_WEEK");
            case CERTIFIED, WITHDRAWN -> List.of();
            case ON_TRACK -> switch (j.stage()) {
                case CLASSROOM -> List.of("STUDY_COURSES", "SIT_KNOWLEDGE_ASSESSMENT");
                case SHADOWING -> List.of("BRANCH_SHADOWING", "WRITE_SELF_SUMMARY", "HEAD_INTERVIEW");
                case MONITORING -> List.of("COMPLETE_STEP_" + j.stepId().toUpperCase().replace('-', '_'));
                case GO_LIVE_ASSESSMENT -> List.of("INDEPENDENT_CALLS_SCORED_BY_QA");
            };
        };
    }

    record JourneyView(String traineeId, String category, StageId stage, String step, String stepName,
                       JourneyStatus status, LocalDate stepStartedOn, LocalDate dueBy, int makeUpsTaken,
                       List<String> escalationOptions, JourneyDocument.Transition lastDecision,
                       List<JourneyDocument.Transition> history, List<JourneyDocument.RejectedEvent> rejectedEvents,
                       List<String> nextActions) {
    }

    record OverrideRequest(@NotNull Progression.Override action, @Pattern(regexp = "[a-z0-9-]{1,64}") String stepId,
                           Integer workingDays, @NotBlank @Size(max = 1000) String reason) {
    }

    record EscalationDecision(@NotNull EscalationChoice choice, @NotBlank @Size(max = 1000) String reason) {
    }
}
