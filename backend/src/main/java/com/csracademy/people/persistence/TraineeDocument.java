package com.csracademy.people.persistence;

import java.time.Instant;
import java.time.LocalDate;

import com.csracademy.program.ProgramDefinition.Category;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.modulith.NamedInterface;

/**
 * A trainee's enrolment: the person's id, category, cohort and start date. Published (read-only) because
 * {@code People.trainee} and {@code People.requireAccess} return it.
 */
@NamedInterface("trainees")
@Document("trainees")
public record TraineeDocument(@Id String personId, Category category, String cohortId, LocalDate startDate,
                              String enrolledBy, Instant enrolledAt, @Version Long version) {
}
