package com.csracademy.progression;

import java.time.LocalDate;

import com.csracademy.program.ProgramDefinition.StageId;

/** Where a trainee's journey stands, for modules that deliver evidence for the current step. */
public record CurrentStep(String traineeId, StageId stage, String stepId, JourneyStatus status, LocalDate startedOn,
                          LocalDate dueBy) {
}
