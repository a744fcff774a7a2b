package com.csracademy.progression;

import java.time.Instant;
import java.util.Map;

/**
 * A stage-3 step is done (the contract progression owns; the monitoring module delivers it when the step's
 * evidence is complete — quotas met, forms accepted, the mentor's monitored share above the rule).
 *
 * @param stepId   the step completed; progression refuses it unless it is the trainee's current step
 * @param evidence the figures behind it, kept with the transition
 */
public record StepCompleted(String eventId, String traineeId, String stepId, Map<String, Object> evidence,
                            Instant completedAt) {
}
