package com.csracademy.certification.persistence;

import java.time.Instant;
import java.time.LocalDate;

import com.csracademy.certification.domain.CertificateStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A trainee's certificate. Its id derives from the certification event, so the same certification delivered
 * twice finds the certificate already there; the verification {@code code} is unique (index). What it says is
 * fixed at issuance; a revocation adds who, when and why and never removes the certificate.
 *
 * @param certificationId the progression event that certified the journey
 * @param description     what completing the program means, as the program stood at issuance
 * @param criteria        the thresholds the trainee met, as the program stood at issuance
 */
@Document("certificates")
public record CertificateDocument(@Id String id, String certificationId, String traineeId, String traineeName,
                                  String programId, int programVersion, String programName, String description,
                                  String criteria, LocalDate issuedOn, Instant issuedAt, String code,
                                  CertificateStatus status, Revocation revocation, @Version Long version) {

    /** Who revoked the certificate, when and why. */
    public record Revocation(String reason, String by, Instant at) {
    }

    public CertificateDocument revoked(Revocation revocation) {
        return new CertificateDocument(id, certificationId, traineeId, traineeName, programId, programVersion,
                programName, description, criteria, issuedOn, issuedAt, code, CertificateStatus.REVOKED, revocation,
                version);
    }
}
