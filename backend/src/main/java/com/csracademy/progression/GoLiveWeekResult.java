package com.csracademy.progression;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Stage 4's evidence (the contract progression owns; the QA module delivers it when the independent week
 * is scored): the mean QA score of the week's counted calls, normalised to 100.
 */
public record GoLiveWeekResult(String eventId, String traineeId, BigDecimal weekScore, int countedCalls,
                               Instant scoredAt) {
}
