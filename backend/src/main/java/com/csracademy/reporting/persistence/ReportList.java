package com.csracademy.reporting.persistence;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which trainees of a summary's scope are on the at-risk and overdue lists, kept with the rows: {@code RISK}
 * (one per scope: a standing risk) and {@code DUE} (one per scope and due date: open journeys due that day).
 * A list page reads the scope's few list documents, pages the ids in memory and fetches only that page's rows
 * by {@code _id}, so it never scans the rows (the embedded store has no secondary indexes, ADR 0001).
 */
@Document("report_lists")
public record ReportList(@Id String id, String summaryId, String kind, LocalDate date, List<String> ids) {

    public static final String RISK = "RISK";
    public static final String DUE = "DUE";

    public static String risk(String summaryId) {
        return summaryId + "|risk";
    }

    public static String due(String summaryId, LocalDate date) {
        return summaryId + "|due|" + date;
    }
}
