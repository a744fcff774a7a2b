package com.csracademy.monitoring.persistence;

import java.time.Instant;
import java.time.LocalDate;

import com.csracademy.monitoring.ConductCatalogue.Kind;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A conduct event on a trainee's record: the catalogue item as it stood when filed (version, name, points),
 * so a later catalogue never changes a past record. A withdrawn record stays, marked with who and why.
 */
@Document("conduct_records")
@CompoundIndex(name = "trainee_day", def = "{'traineeId': 1, 'day': 1}")
public record ConductRecordDocument(@Id String id, String traineeId, LocalDate day, int catalogueVersion,
                                    String itemCode, Kind kind, String itemName, String variant, int points,
                                    String note, String recordedBy, Instant recordedAt, Withdrawal withdrawal) {

    public boolean counts() {
        return withdrawal == null;
    }

    /** Why a record no longer counts. */
    public record Withdrawal(String by, Instant at, String reason) {
    }
}
