package com.csracademy.monitoring;

import java.time.Instant;

/** A trainee's stage-3 form was filed, submitted or reviewed; {@code status} is its new status. */
public record MonitoringFormChanged(String formId, String traineeId, FormStatus status, Instant at) {
}
