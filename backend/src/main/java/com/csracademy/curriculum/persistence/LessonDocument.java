package com.csracademy.curriculum.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A lesson as imported from its Markdown file: the front matter's fields and the body as written. */
@Document("curriculum_lessons")
public record LessonDocument(@Id String id, String courseId, String title, int order, int minutes, String seedRef,
                             String markdown, String file) {
}
