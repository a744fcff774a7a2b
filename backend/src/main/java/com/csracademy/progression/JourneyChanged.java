package com.csracademy.progression;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.csracademy.program.ProgramDefinition.Category;
import com.csracademy.program.ProgramDefinition.StageId;

/**
 * A journey was written: where it stands now and the latest transition (the decision and the figures it
 * was applied to). Published after the write, at least once; {@code transitions} (the length of the
 * journey's history) orders the events of one trainee, so a consumer ignores one it has already seen.
 */
public record JourneyChanged(String traineeId, Category category, StageId stage, String stepId,
                             JourneyStatus status, LocalDate dueBy, int transitions, StageId fromStage,
                             String decision, Map<String, Object> inputs, Instant at) {
}
