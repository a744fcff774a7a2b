package com.csracademy.people.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A claimed place in an active pairing. The {@code _id} is the uniqueness: {@code trainee:<id>} (one
 * active mentor per trainee) and {@code mentor:<id>:<n>} for n in 1..limit (at most that many mentees).
 * The store's unique {@code _id} makes two concurrent assignments impossible to both win, on the embedded
 * server and on MongoDB alike, without transactions or partial indexes.
 */
@Document("mentorship_slots")
public record MentorshipSlot(@Id String id, String mentorshipId, Instant claimedAt) {

    public static String trainee(String traineeId) {
        return "trainee:" + traineeId;
    }

    public static String mentor(String mentorId, int n) {
        return "mentor:" + mentorId + ":" + n;
    }
}
