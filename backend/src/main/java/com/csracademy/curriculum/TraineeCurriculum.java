package com.csracademy.curriculum;

import java.time.Instant;
import java.util.List;

import com.csracademy.program.ProgramDefinition.Category;
import com.csracademy.program.ProgramDefinition.KnowledgeArea;

/**
 * A trainee's view of the curriculum: every course, whether it is exempted, and the progress on each lesson.
 *
 * @param completionPercent lessons done over all lessons, an exempted course's lessons counting as done
 */
public record TraineeCurriculum(String traineeId, Category category, int completionPercent,
                                List<CourseStatus> courses) {

    public TraineeCurriculum {
        courses = List.copyOf(courses);
    }

    /**
     * @param area              as in {@link Course#area()}: {@code null} for a course no exam covers
     * @param completionPercent rounded down; 100 when exempted
     */
    public record CourseStatus(String courseId, String title, KnowledgeArea area, int order, boolean exemptible,
                               boolean exempted, int completedLessons, int totalLessons, int completionPercent,
                               List<LessonStatus> lessons) {
        public CourseStatus {
            lessons = List.copyOf(lessons);
        }
    }

    public record LessonStatus(String lessonId, String title, int order, int minutes, Instant openedAt,
                               Instant completedAt, long secondsSpent) {
    }
}
