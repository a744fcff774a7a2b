package com.csracademy.reporting.persistence;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The precomputed counters of one cohort ({@code cohort:<id>}) or department ({@code department:<id>}):
 * the sum of its trainees' contributions, moved with {@code $inc} as rows change; {@code names} holds the
 * names of its mentors by counter key, written with the rows, so a read looks up no person.
 */
@Document("report_summaries")
public record ReportSummary(@Id String id, String scope, String scopeId, Map<String, Long> counters,
                            Map<String, String> names, Instant updatedAt) {

    public static String cohort(String cohortId) {
        return "cohort:" + cohortId;
    }

    public static String department(String departmentId) {
        return "department:" + departmentId;
    }
}
