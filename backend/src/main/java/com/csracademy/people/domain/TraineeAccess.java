package com.csracademy.people.domain;

import java.util.Set;

import com.csracademy.security.Actor;
import com.csracademy.people.AccessPurpose;
import com.csracademy.security.Role;

/**
 * Who may see or act on a trainee's records. A trainee sees only themself; a mentor their current
 * mentee (and, read-only, former mentees); a branch mentor only trainees placed with them; the
 * department's staff (department head, training specialists, QA specialists) the trainees of their
 * department's cohorts; an administrator everyone.
 */
public final class TraineeAccess {

    private TraineeAccess() {
    }

    /**
     * The facts about one trainee that the rule needs.
     *
     * @param traineeId        the trainee
     * @param departmentId     the department of the trainee's cohort
     * @param currentMentorId  the active mentor, or {@code null}
     * @param formerMentorIds  mentors of ended pairings
     * @param placedWithBranchMentor whether the caller hosts the trainee at a branch
     */
    public record Facts(String traineeId, String departmentId, String currentMentorId, Set<String> formerMentorIds,
                        boolean placedWithBranchMentor) {
    }

    /** The reason access is granted, or {@code null} when it is not. */
    public static String grant(Actor actor, Facts facts, AccessPurpose purpose) {
        if (purpose == AccessPurpose.ACT_AS_MENTOR) {
            return actor.has(Role.MENTOR) && actor.personId().equals(facts.currentMentorId()) ? "current mentor" : null;
        }
        if (actor.has(Role.ADMIN)) {
            return "administrator";
        }
        if (actor.has(Role.TRAINEE) && actor.personId().equals(facts.traineeId())) {
            return "self";
        }
        if (actor.has(Role.MENTOR) && actor.personId().equals(facts.currentMentorId())) {
            return "current mentor";
        }
        if (actor.has(Role.MENTOR) && facts.formerMentorIds().contains(actor.personId())) {
            return "former mentor";
        }
        if (actor.has(Role.BRANCH_MENTOR) && facts.placedWithBranchMentor()) {
            return "branch mentor of the placement";
        }
        boolean departmentStaff = actor.hasAny(Role.DEPARTMENT_HEAD, Role.TRAINING_SPECIALIST, Role.QA_SPECIALIST);
        if (departmentStaff && actor.departmentId() != null && actor.departmentId().equals(facts.departmentId())) {
            return "department staff";
        }
        return null;
    }
}
