package com.csracademy.progression;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;

/**
 * What progression needs from a graded knowledge sitting (the contract it owns; the quiz module delivers
 * it). Delivered at least once; {@code eventId} makes a repeat harmless.
 *
 * @param sitting 1 for the first sitting, 2 for the first make-up, …
 */
public record KnowledgeResult(String eventId, String traineeId, Map<KnowledgeArea, BigDecimal> areaScores,
                              BigDecimal average, int sitting, Instant gradedAt) {
}
