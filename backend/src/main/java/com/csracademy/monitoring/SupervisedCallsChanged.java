package com.csracademy.monitoring;

import java.time.Instant;

/** Calls were added to a trainee's supervised go-live log, or one was marked monitored by the mentor. */
public record SupervisedCallsChanged(String traineeId, Instant at) {
}
