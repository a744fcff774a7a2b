package com.csracademy.monitoring;

import java.util.List;

import com.csracademy.shared.AcademyException;
import com.csracademy.shared.AcademyException.FieldError;
import com.csracademy.shared.ConflictException;
import org.springframework.http.HttpStatus;

/** The monitoring module's state conflicts. */
public final class MonitoringExceptions {

    private MonitoringExceptions() {
    }

    public static ConflictException formImmutable(String formId, FormStatus status) {
        return new ConflictException("form-immutable", "Form cannot be changed",
                "Form '" + formId + "' is " + status + "; a submitted form is changed only by revising it after the"
                        + " mentor returns it");
    }

    public static ConflictException notAwaitingReview(String formId, FormStatus status) {
        return new ConflictException("form-not-awaiting-review", "Form not awaiting review",
                "Form '" + formId + "' is " + status + "; only a submitted form can be reviewed");
    }

    /** Category-B trainees named for a drill: they have securities experience and skip the drills. */
    public static AcademyException drillsAreForCategoryA(List<FieldError> categoryBTrainees) {
        return new DrillsForCategoryAOnly(categoryBTrainees);
    }

    /** 422 {@code drills-category-a-only}. */
    static final class DrillsForCategoryAOnly extends AcademyException {

        DrillsForCategoryAOnly(List<FieldError> categoryBTrainees) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "drills-category-a-only", "Drills are for category A only",
                    "Call-simulation drills (话务模拟演练) are for category-A trainees only; category-B trainees have"
                            + " securities-industry experience and skip them, monitoring calls instead",
                    categoryBTrainees);
        }
    }
}
