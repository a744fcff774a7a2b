package com.csracademy.curriculum.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A trainee's exemptions from one course: the grant in force, if any, and every revoked grant. One
 * document per trainee and course (id {@code traineeId/courseId}) lets the store itself refuse a second
 * grant in force, and keeps a revocation and its record in one atomic write.
 */
@Document("curriculum_exemptions")
public record ExemptionDocument(@Id String id, String traineeId, String courseId, Grant current,
                                List<Grant> revoked) {

    public ExemptionDocument {
        revoked = revoked == null ? List.of() : List.copyOf(revoked);
    }

    public static String idOf(String traineeId, String courseId) {
        return traineeId + "/" + courseId;
    }

    /** One grant; the revocation fields are set once it is revoked. */
    public record Grant(String reason, String grantedBy, Instant grantedAt, Instant revokedAt, String revokedBy,
                        String revokeReason) {

        public Grant revoke(Instant at, String by, String why) {
            return new Grant(reason, grantedBy, grantedAt, at, by, why);
        }
    }
}
