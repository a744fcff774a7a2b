package com.csracademy.quiz.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * At most one open attempt per trainee and exam: the {@code _id} ({@code <traineeId>|<examId>}) makes a
 * second concurrent start find the first attempt instead of creating another.
 */
@Document("attempt_locks")
public record AttemptLock(@Id String id, String attemptId, Instant createdAt) {

    public static String key(String traineeId, String examId) {
        return traineeId + "|" + examId;
    }
}
