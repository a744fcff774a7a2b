package com.csracademy.notification;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One notification for one person. The id is {@code <recipient>|<source>}, so the same source (a decision,
 * a deadline) notifies each recipient once however often it is delivered.
 *
 * @param link the page of the app it refers to (e.g. {@code /trainees/t01/journey})
 */
@Document("notifications")
public record Notification(@Id String id, String recipientId, String kind, String title, String body, String link,
                           String source, Instant createdAt, Instant readAt) {
}
