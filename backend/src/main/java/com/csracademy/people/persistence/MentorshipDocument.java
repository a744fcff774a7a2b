package com.csracademy.people.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A pairing of a trainee with a mentor. Ending it sets {@code endedAt} with who and why; it is never
 * deleted, so the history of a trainee's mentors stays complete.
 */
@Document("mentorships")
public record MentorshipDocument(@Id String id, String traineeId, String mentorId, Instant startedAt,
                                 String startedBy, String reason, Instant endedAt, String endedBy,
                                 String endReason, @Version Long version) {

    public boolean active() {
        return endedAt == null;
    }
}
