package com.csracademy.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;

/**
 * A trainee's knowledge assessment was graded: the score of every assessed area (the latest one per area
 * when a make-up retook some of them), and their exact arithmetic average. Published once per graded
 * attempt; consumers must be idempotent on {@code attemptId}.
 *
 * @param retakenAreas the areas this attempt covered (all four for a first sitting)
 * @param sitting      1 for the first sitting, 2 for the first make-up, …
 */
public record KnowledgeAssessed(String attemptId, String traineeId, Map<KnowledgeArea, BigDecimal> areaScores,
                                BigDecimal average, Set<KnowledgeArea> retakenAreas, int sitting,
                                Instant gradedAt) {
}
