package com.csracademy.monitoring.persistence;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The department head's waiver of the monitored-share rule for one run of a step (a re-run after an
 * extension needs its own).
 *
 * @param id {@code traineeId:stepId:stepStartedOn}
 */
@Document("share_waivers")
public record ShareWaiverDocument(@Id String id, String traineeId, String stepId, LocalDate stepStartedOn,
                                  String reason, String waivedBy, Instant waivedAt) {

    public static String id(String traineeId, String stepId, LocalDate startedOn) {
        return traineeId + ":" + stepId + ":" + startedOn;
    }
}
