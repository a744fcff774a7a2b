package com.csracademy.monitoring.domain;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a call-log CSV ({@code callId,start,end,businessType}, a header row first). Times are ISO-8601,
 * with an offset or else in the firm's zone. Every bad row is reported with its line number; the good rows
 * are returned so they can be imported.
 */
public final class CallCsv {

    public static final List<String> COLUMNS = List.of("callId", "start", "end", "businessType");

    private CallCsv() {
    }

    /** A good row. */
    public record Row(long line, String callId, Instant start, Instant end, String businessType) {
    }

    /** A bad row (line 1 is the header). */
    public record RowError(long line, String message) {
    }

    public record Parsed(List<Row> rows, List<RowError> errors) {
    }

    public static Parsed parse(String text, ZoneId zone) {
        List<Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader reader = new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text);
             CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderNames().containsAll(COLUMNS)) {
                errors.add(new RowError(1, "the header must name the columns " + COLUMNS + "; found "
                        + parser.getHeaderNames()));
                return new Parsed(rows, errors);
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                String problem = null;
                try {
                    if (!record.isConsistent()) {
                        throw new IllegalArgumentException("expected " + parser.getHeaderNames().size()
                                + " columns, found " + record.size());
                    }
                    String callId = record.get("callId");
                    String businessType = record.get("businessType");
                    if (callId.isEmpty() || callId.length() > 64) {
                        throw new IllegalArgumentException("callId must be 1 to 64 characters");
                    }
                    if (businessType.isEmpty() || businessType.length() > 64) {
                        throw new IllegalArgumentException("businessType must be 1 to 64 characters");
                    }
                    Instant start = instant(record.get("start"), zone, "start");
                    Instant end = instant(record.get("end"), zone, "end");
                    if (!end.isAfter(start)) {
                        throw new IllegalArgumentException("end must be after start");
                    }
                    if (!seen.add(callId)) {
                        throw new IllegalArgumentException("call '" + callId + "' appears twice in the file");
                    }
                    rows.add(new Row(line, callId, start, end, businessType));
                } catch (IllegalArgumentException e) {
                    problem = e.getMessage();
                }
                if (problem != null) {
                    errors.add(new RowError(line, problem));
                }
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            errors.add(new RowError(0, "unreadable CSV: " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            // Commons CSV refuses a header with an empty or a repeated column name before any row is read
            // (found by fuzz.CallCsvFuzzTest); the per-row errors are caught inside the loop
            errors.add(new RowError(1, "unreadable header: " + e.getMessage()));
        }
        return new Parsed(rows, errors);
    }

    static Instant instant(String text, ZoneId zone, String column) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(column + " '" + text + "' is not an ISO-8601 date-time");
            }
        }
    }
}
