package com.csracademy.quiz.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A one-time change to the quiz module's stored data that is done: its presence stops it from running again.
 *
 * @param id     which change ({@link #EXPOSURE_BACKFILL})
 * @param doneAt when it finished
 */
@Document("quiz_migrations")
public record QuizMigration(@Id String id, Instant doneAt) {

    /** Every trainee's {@link QuestionExposure} counted from the attempts that predate it. */
    public static final String EXPOSURE_BACKFILL = "question-exposure-backfill";
}
