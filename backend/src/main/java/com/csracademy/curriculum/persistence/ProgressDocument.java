package com.csracademy.curriculum.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One trainee's progress on one lesson. The id is {@code traineeId/lessonId}, so every event for the pair
 * lands on the same document and is applied there atomically.
 */
@Document("curriculum_progress")
public record ProgressDocument(@Id String id, String traineeId, String lessonId, String courseId, Instant openedAt,
                               Instant completedAt, long secondsSpent, Instant lastEventAt) {

    public static String idOf(String traineeId, String lessonId) {
        return traineeId + "/" + lessonId;
    }
}
