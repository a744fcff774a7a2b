package com.csracademy.progression;

import java.time.LocalDate;

import com.csracademy.program.ProgramDefinition.StageId;

/**
 * A stretch of the journey in one step: from the day the step started to the day the next step started
 * ({@code until} is {@code null} while it is the current step). Both days belong to the step: a step completed
 * in the morning and the next begun the same day share that day.
 */
public record StepSpan(StageId stage, String stepId, LocalDate from, LocalDate until) {

    /** Whether the day lies in the span; the current step's span runs to {@code today}. */
    public boolean contains(LocalDate day, LocalDate today) {
        return !day.isBefore(from) && !day.isAfter(until == null ? today : until);
    }
}
