package com.csracademy.curriculum;

import java.time.Instant;

/**
 * A trainee's progress on one lesson.
 *
 * @param openedAt      when the trainee first opened it, or {@code null}
 * @param completedAt   when the trainee first marked it complete, or {@code null}
 * @param secondsSpent  reading time credited by heartbeats
 */
public record LessonProgress(String traineeId, String lessonId, String courseId, Instant openedAt,
                             Instant completedAt, long secondsSpent) {

    public static LessonProgress none(String traineeId, String lessonId, String courseId) {
        return new LessonProgress(traineeId, lessonId, courseId, null, null, 0);
    }
}
