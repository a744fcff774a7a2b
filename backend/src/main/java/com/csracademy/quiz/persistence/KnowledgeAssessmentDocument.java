package com.csracademy.quiz.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A graded knowledge sitting, keyed by the attempt, with its outbox flag: written once, then published;
 * an undelivered one is published again by the dispatcher, so a crash between the two loses nothing.
 */
@Document("knowledge_assessments")
public record KnowledgeAssessmentDocument(@Id String attemptId, String traineeId, int sitting,
                                          Set<KnowledgeArea> retakenAreas, Map<KnowledgeArea, BigDecimal> areaScores,
                                          BigDecimal average, Instant gradedAt, Instant publishedAt) {
}
