package com.csracademy.monitoring;

import com.csracademy.people.AccessPurpose;
import com.csracademy.people.People;
import com.csracademy.people.persistence.TraineeDocument;
import com.csracademy.security.Actor;
import com.csracademy.security.Role;
import com.csracademy.shared.ForbiddenException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Who sees and files a trainee's daily-assessment records (drills, conduct, the daily score). Narrower than
 * the general read scope: the trainee themself, their current mentor, and the department head and training
 * specialists of the trainee's department; not a branch mentor, a QA specialist or a former mentor.
 */
@Component
class AssessmentAccess {

    private final People people;

    AssessmentAccess(People people) {
        this.people = people;
    }

    /** The trainee, when the caller may read their assessment records; 404 for an unknown trainee, else 403. */
    Mono<TraineeDocument> requireReader(Actor actor, String traineeId) {
        if (actor.has(Role.TRAINEE) && actor.personId().equals(traineeId)) {
            return people.trainee(traineeId);
        }
        return mentorOrStaff(actor, traineeId, "The assessment records of trainee '" + traineeId + "' are seen by the"
                + " trainee, their current mentor, the department head and training specialists",
                Role.DEPARTMENT_HEAD, Role.TRAINING_SPECIALIST);
    }

    /** Whether the caller may read the trainee's assessment records (an unknown trainee is an error). */
    Mono<Boolean> canRead(Actor actor, String traineeId) {
        return requireReader(actor, traineeId).thenReturn(true)
                .onErrorResume(ForbiddenException.class, e -> Mono.just(false));
    }

    /**
     * The trainee, when the caller is their current mentor or holds one of the staff roles within the trainee's
     * department; 404 for an unknown trainee, 403 with {@code denial} otherwise.
     */
    Mono<TraineeDocument> mentorOrStaff(Actor actor, String traineeId, String denial, Role... staff) {
        Mono<TraineeDocument> denied = people.requireTrainee(traineeId)
                .then(Mono.error(() -> new ForbiddenException(denial)));
        Mono<TraineeDocument> asStaff = actor.hasAny(staff)
                ? people.requireAccess(actor, traineeId, AccessPurpose.READ)
                .onErrorResume(ForbiddenException.class, e -> denied)
                : denied;
        if (!actor.has(Role.MENTOR)) {
            return asStaff;
        }
        return people.requireAccess(actor, traineeId, AccessPurpose.ACT_AS_MENTOR)
                .onErrorResume(ForbiddenException.class, e -> asStaff);
    }
}
