package com.csracademy.people;

import com.csracademy.shared.ConflictException;

/** The people module's conflicts. */
public final class PeopleExceptions {

    private PeopleExceptions() {
    }

    public static ConflictException traineeAlreadyMentored(String traineeId) {
        return new ConflictException("trainee-has-mentor", "Trainee already has a mentor",
                "Trainee '" + traineeId + "' already has an active mentor; end that pairing or reassign instead");
    }

    public static ConflictException mentorAtLimit(String mentorId, int limit) {
        return new ConflictException("mentor-at-limit", "Mentor has no free place",
                "Mentor '" + mentorId + "' already has " + limit + " active mentee" + (limit == 1 ? "" : "s")
                        + " (academy.people.max-mentees-per-mentor)");
    }

    public static ConflictException noActiveMentorship(String id) {
        return new ConflictException("mentorship-ended", "Pairing already ended",
                "Mentorship '" + id + "' has already ended");
    }
}
