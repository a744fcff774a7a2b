package com.csracademy.qa.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.csracademy.qa.domain.CallMarks;
import com.csracademy.qa.domain.Scorecard;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A calibration session (校准): several QA specialists score the same recorded call blind, on the card that was
 * current when the session was opened (kept in full). Nothing here counts toward any trainee's go-live week.
 *
 * @param weekId    the go-live week the call comes from, or {@code null} for a standalone recording
 * @param traineeId that week's trainee, or {@code null}
 */
@Document("qa_calibrations")
public record CalibrationSessionDocument(@Id String id, @Indexed String departmentId, String callRef,
                                         LocalDate callDate, String weekId, String traineeId, String note,
                                         Scorecard scorecard, String createdBy, Instant createdAt,
                                         List<CalibrationScore> scores, String closedBy, Instant closedAt,
                                         @Version Long version) {

    /** One specialist's marking of the call, the computed halves and the points of each card item. */
    public record CalibrationScore(String scoredBy, CallMarks marks, BigDecimal knowledge, BigDecimal service,
                                   BigDecimal total, BigDecimal normalised, boolean zero, List<ItemPoints> items,
                                   Instant scoredAt) {
    }

    /** What one card item earned ({@code knowledge:<section>:<n>}, {@code knowledge:terminology}, {@code service:<item>}). */
    public record ItemPoints(String item, BigDecimal points) {
    }

    public boolean open() {
        return closedAt == null;
    }

    public boolean scoredBy(String personId) {
        return scores.stream().anyMatch(s -> s.scoredBy().equals(personId));
    }

    public CalibrationSessionDocument withScore(CalibrationScore score) {
        List<CalibrationScore> list = new ArrayList<>(scores);
        list.add(score);
        return new CalibrationSessionDocument(id, departmentId, callRef, callDate, weekId, traineeId, note, scorecard,
                createdBy, createdAt, list, closedBy, closedAt, version);
    }

    public CalibrationSessionDocument closed(String by, Instant at) {
        return new CalibrationSessionDocument(id, departmentId, callRef, callDate, weekId, traineeId, note, scorecard,
                createdBy, createdAt, scores, by, at, version);
    }
}
