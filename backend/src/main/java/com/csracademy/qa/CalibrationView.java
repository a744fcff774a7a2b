package com.csracademy.qa;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.csracademy.qa.domain.Scorecard;
import com.csracademy.qa.persistence.CalibrationSessionDocument;
import com.csracademy.qa.persistence.CalibrationSessionDocument.CalibrationScore;

/**
 * A calibration session as one caller may see it. While the session is open, a caller who has not scored the
 * call yet is {@code blind}: they see who has scored but none of the scores.
 */
public record CalibrationView(String id, String callRef, LocalDate callDate, String weekId, String traineeId,
                              String note, Scorecard scorecard, String createdBy, Instant createdAt, String closedBy,
                              Instant closedAt, List<String> scoredBy, boolean blind, List<CalibrationScore> scores) {

    static CalibrationView of(CalibrationSessionDocument s, String viewerId) {
        boolean blind = s.open() && !s.scoredBy(viewerId);
        return new CalibrationView(s.id(), s.callRef(), s.callDate(), s.weekId(), s.traineeId(), s.note(),
                s.scorecard(), s.createdBy(), s.createdAt(), s.closedBy(), s.closedAt(),
                s.scores().stream().map(CalibrationScore::scoredBy).toList(), blind,
                blind ? List.of() : s.scores());
    }
}
