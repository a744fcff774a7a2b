package com.csracademy.certification;

import com.csracademy.shared.AcademyException;
import com.csracademy.shared.ConflictException;
import org.springframework.http.HttpStatus;

/** The certification module's problems. */
public final class CertificationExceptions {

    private CertificationExceptions() {
    }

    /** The certificate PDF cannot be drawn: the CJK font is missing or unreadable (see the health details). */
    public static final class PdfUnavailable extends AcademyException {
        PdfUnavailable(String detail) {
            super(HttpStatus.SERVICE_UNAVAILABLE, "certificate-pdf-unavailable", "Certificate PDF unavailable", detail);
        }
    }

    static ConflictException alreadyRevoked(String id) {
        return new ConflictException("certificate-revoked", "Certificate revoked",
                "Certificate '" + id + "' is already revoked");
    }

    static ConflictException revokedHasNoCredential(String id) {
        return new ConflictException("certificate-revoked", "Certificate revoked",
                "Certificate '" + id + "' is revoked; its Open Badges credential is no longer issued");
    }
}
