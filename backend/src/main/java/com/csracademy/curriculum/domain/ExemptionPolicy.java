package com.csracademy.curriculum.domain;

import com.csracademy.program.ProgramDefinition.Category;

/**
 * Whether a trainee may be exempted from a course: only category-B trainees (who have securities
 * experience), only from courses the curriculum marks exemptible for them, with a written reason, and
 * not twice while an exemption is in force.
 */
public final class ExemptionPolicy {

    /** The longest reason kept, in characters. */
    public static final int MAX_REASON = 500;

    private ExemptionPolicy() {
    }

    /** What the policy decided. */
    public sealed interface Decision permits Allowed, Refused, AlreadyExempted {
    }

    /** The exemption may be recorded. */
    public record Allowed() implements Decision {
    }

    /** A rule forbids it; {@code field} is the request field at fault. */
    public record Refused(String field, String reason) implements Decision {
    }

    /** An exemption from this course is already in force. */
    public record AlreadyExempted() implements Decision {
    }

    public static Decision decide(Category category, String courseId, boolean courseExemptible, String reason,
                                  boolean alreadyExempted) {
        if (reason == null || reason.isBlank()) {
            return new Refused("reason", "a reason is required");
        }
        if (reason.length() > MAX_REASON) {
            return new Refused("reason", "must be at most " + MAX_REASON + " characters");
        }
        if (!courseExemptible) {
            return new Refused("courseId", "course '" + courseId + "' cannot be exempted");
        }
        if (category != Category.B) {
            return new Refused("traineeId", "only category-B trainees (with securities experience) can be "
                    + "exempted; this trainee is category " + category);
        }
        return alreadyExempted ? new AlreadyExempted() : new Allowed();
    }
}
