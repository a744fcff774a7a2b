package com.csracademy.reporting.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The model's schema version and last rebuild, so a start can tell an outdated model from a current one. */
@Document("report_state")
public record ModelState(@Id String id, int schema, Instant rebuiltAt, long rows, long tookMillis) {

    public static final String ID = "model";
}
