package com.csracademy.curriculum;

import java.util.List;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;

/**
 * A course of the stage-1 curriculum with its lessons in order.
 *
 * @param area                   the assessed knowledge area whose exam covers the course, or {@code null} for a
 *                               course no exam covers (the department introduction: {@code area: NONE} in its file)
 * @param exemptibleForCategoryB whether a category-B trainee may be exempted from it
 */
public record Course(String id, String title, KnowledgeArea area, int order, boolean exemptibleForCategoryB,
                     String description, List<LessonSummary> lessons) {

    public Course {
        lessons = List.copyOf(lessons);
    }

    /** A lesson as the course outline lists it; the text is fetched one lesson at a time. */
    public record LessonSummary(String id, String title, int minutes, int order) {
    }
}
