package com.csracademy.monitoring;

/** Where a filed form stands. */
public enum FormStatus {
    /** Being written; never submitted. */
    DRAFT,
    /** Submitted; waits for the mentor. Immutable. */
    SUBMITTED,
    /** Accepted by the mentor. Immutable. */
    ACCEPTED,
    /** Returned with comments; the trainee revises it into a new version. */
    RETURNED
}
