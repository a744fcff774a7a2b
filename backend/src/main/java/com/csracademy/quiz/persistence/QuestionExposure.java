package com.csracademy.quiz.persistence;

import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How often each question was drawn for one trainee, over all their attempts: what the unseen-first draw reads,
 * kept up to date by every start so that a start reads one document instead of the trainee's every attempt.
 * Trainees whose attempts predate it got it from their attempts once, at start-up ({@link QuizMigration}).
 *
 * @param id     the trainee's id
 * @param counts question id → how many of the trainee's attempts drew it
 */
@Document("question_exposure")
public record QuestionExposure(@Id String id, Map<String, Integer> counts) {
}
