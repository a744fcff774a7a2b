package com.csracademy.curriculum;

import java.time.Instant;

/**
 * An exemption of a trainee from a course, granted by a training specialist with a reason. A revoked
 * exemption stays on record with who revoked it, when and why.
 *
 * @param active whether it is in force (not revoked)
 */
public record Exemption(String traineeId, String courseId, String reason, String grantedBy, Instant grantedAt,
                        boolean active, Instant revokedAt, String revokedBy, String revokeReason) {
}
