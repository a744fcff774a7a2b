package com.csracademy.curriculum.persistence;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A course as imported from its {@code course.yaml}; {@code area} is {@code null} for an unassessed course. */
@Document("curriculum_courses")
public record CourseDocument(@Id String id, String title, KnowledgeArea area, int order,
                             boolean exemptibleForCategoryB, String description, String file) {
}
