package com.csracademy.progression.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.csracademy.program.ProgramDefinition.Category;
import com.csracademy.program.ProgramDefinition.StageId;
import com.csracademy.progression.JourneyStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A trainee's journey: where they are, until when, and every transition with the decision behind it.
 * The ids of the events already applied are kept with it, so a repeated event changes nothing (the check
 * and the change are one atomic write guarded by {@code version}).
 */
@Document("journeys")
public record JourneyDocument(@Id String traineeId, String programId, Category category, StageId stage,
                              String stepId, JourneyStatus status, LocalDate stepStartedOn, LocalDate dueBy,
                              int makeUpsTaken, int extraMakeUpsGranted, int extensionsTaken, int extraExtensionsGranted,
                              List<String> escalationOptions,
                              List<Transition> history, List<String> appliedEvents, List<RejectedEvent> rejectedEvents,
                              @Version Long version) {

    /**
     * One change of stage, step or status, and why.
     *
     * @param trigger the event or request that caused it
     * @param rule    the rule and threshold applied (e.g. {@code knowledge-average ≥ 90})
     * @param inputs  the figures the rule was applied to
     * @param stepStartedOn the day the step the journey is in after this transition started (a transition that
     *                      changes the step: the new step's first day); absent on transitions recorded before it
     *                      was kept, where the day of {@code at} stands in
     * @param notifiedAt when the trainee, mentor and department head were notified (the outbox flag)
     */
    public record Transition(Instant at, String trigger, StageId fromStage, String fromStep, JourneyStatus fromStatus,
                             StageId toStage, String toStep, JourneyStatus toStatus, LocalDate stepStartedOn,
                             String decision, String rule,
                             Map<String, Object> inputs, String explanation, String decidedBy, String reason,
                             Instant notifiedAt) {
    }

    /** An event that could not be applied, kept with the reason instead of being applied to the wrong step. */
    public record RejectedEvent(String eventId, Instant at, String reason) {
    }
}
