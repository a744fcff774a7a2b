package com.csracademy.progression;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A corrected go-live week result (the contract progression owns; the QA module delivers it when an appeal
 * decided after the week was closed changes the week's score, see docs/progression.md "Corrected go-live
 * results"). {@code weekEventId} is the id of the week's original {@link GoLiveWeekResult}; {@code revision}
 * counts the week's corrections from 1. The event is applied once per week and revision ({@link #eventId()}),
 * and a revision older than one already applied is not applied.
 *
 * @param previousScore the week's score before this correction
 * @param weekScore     the corrected score (mean of the counted calls, out of 100)
 * @param cause         what changed the score: {@code APPEAL} or {@code REPLACEMENT}
 */
public record GoLiveWeekCorrected(String weekEventId, int revision, String traineeId, BigDecimal previousScore,
                                  BigDecimal weekScore, int countedCalls, String cause, Instant correctedAt) {

    public String eventId() {
        return weekEventId + ":rev:" + revision;
    }
}
