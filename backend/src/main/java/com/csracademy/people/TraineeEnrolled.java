package com.csracademy.people;

import java.time.LocalDate;

import com.csracademy.program.ProgramDefinition.Category;

/** A person was enrolled as a trainee in a cohort. Published after the write. */
public record TraineeEnrolled(String traineeId, String cohortId, Category category, LocalDate startDate) {
}
