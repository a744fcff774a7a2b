package com.csracademy.monitoring;

import com.csracademy.shared.ConflictException;

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
}
