package com.csracademy.monitoring.persistence;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A call the trainee took during supervised go-live, and whether the mentor monitored it live.
 *
 * @param id  {@code traineeId:callId}, so the same call is logged once
 * @param day the call's day in the firm's time zone
 */
@Document("supervised_calls")
public record CallDocument(@Id String id, String traineeId, String callId, Instant start, Instant end, LocalDate day,
                           String businessType, String enteredBy, Instant enteredAt, String monitoredBy,
                           Instant monitoredAt) {

    public static String id(String traineeId, String callId) {
        return traineeId + ":" + callId;
    }

    public boolean monitored() {
        return monitoredBy != null;
    }
}
