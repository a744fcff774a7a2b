package com.csracademy.curriculum;

/**
 * One lesson with its text.
 *
 * @param markdown the lesson body exactly as written after the front matter; the front end renders it
 * @param seedRef  where in the source documents the lesson comes from (e.g. {@code 000 §四(一)2)①}), if given
 */
public record Lesson(String id, String courseId, String title, int order, int minutes, String seedRef,
                     String markdown) {
}
