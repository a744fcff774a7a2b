package com.csracademy.reporting.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.csracademy.reporting.domain.Risk;
import com.csracademy.reporting.domain.TraineeFacts;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One trainee's line in the reports: the facts, the standing risks, and what this row has added to the
 * summaries ({@code counted}), so the next change moves them by the difference.
 *
 * @param atRisk  true when {@code risks} is not empty (indexed with the cohort or department)
 * @param dueOpen    the due date of an open journey (overdue once it is before today)
 * @param mentorName the current mentor's name as of the row's last change (denormalised for the reads)
 */
@Document("report_rows")
public record ReportRow(@Id String traineeId, String name, String cohortId, String departmentId, TraineeFacts facts,
                        List<Risk> risks, boolean atRisk, LocalDate dueOpen, Map<String, Long> counted,
                        String mentorName, Instant updatedAt, @Version Long version) {
}
