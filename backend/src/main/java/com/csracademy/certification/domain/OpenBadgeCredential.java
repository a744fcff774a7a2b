package com.csracademy.certification.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Open Badges 3.0 {@code OpenBadgeCredential} of a certificate, in the W3C Verifiable Credentials Data Model
 * 2.0 shape: contexts, types, the issuer's profile, {@code validFrom}, and the trainee as the
 * {@code AchievementSubject} of the program's {@code Achievement}. Plain maps in member order, ready to be
 * serialised and signed.
 */
public final class OpenBadgeCredential {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    public static final String OB_SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

    private OpenBadgeCredential() {
    }

    /**
     * What the credential says.
     *
     * @param certificateId   the certificate (the credential's id is its URN)
     * @param traineeId       the trainee (the subject's id is its URN)
     * @param traineeName     the trainee's name, also given as the subject's identifier
     * @param programId       the program (with its version, the achievement's id)
     * @param programVersion  the version of the program definition the trainee was certified on
     * @param programName     the achievement's name
     * @param description     what completing the program means
     * @param criteria        the thresholds the trainee met
     * @param issuedAt        when the certificate was issued ({@code validFrom})
     * @param issuerId        the issuer profile's URI
     * @param issuerName      the issuing organisation
     * @param issuerUrl       the organisation's address
     */
    public record Facts(String certificateId, String traineeId, String traineeName, String programId,
                        int programVersion, String programName, String description, String criteria,
                        Instant issuedAt, String issuerId, String issuerName, String issuerUrl) {
    }

    public static Map<String, Object> of(Facts f) {
        Map<String, Object> achievement = new LinkedHashMap<>();
        achievement.put("id", "urn:csr-academy:achievement:" + f.programId() + ":v" + f.programVersion());
        achievement.put("type", List.of("Achievement"));
        achievement.put("achievementType", "Certificate");
        achievement.put("name", f.programName());
        achievement.put("description", f.description());
        achievement.put("criteria", Map.of("narrative", f.criteria()));
        achievement.put("@language", "zh-CN");

        Map<String, Object> subject = new LinkedHashMap<>();
        subject.put("id", "urn:csr-academy:trainee:" + f.traineeId());
        subject.put("type", List.of("AchievementSubject"));
        subject.put("identifier", List.of(Map.of("type", "IdentityObject", "hashed", false,
                "identityHash", f.traineeName(), "identityType", "name")));
        subject.put("achievement", achievement);

        Map<String, Object> issuer = new LinkedHashMap<>();
        issuer.put("id", f.issuerId());
        issuer.put("type", List.of("Profile"));
        issuer.put("name", f.issuerName());
        issuer.put("url", f.issuerUrl());

        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("@context", List.of(VC_CONTEXT, OB_CONTEXT));
        credential.put("id", "urn:uuid:" + f.certificateId());
        credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        credential.put("name", f.programName() + "合格证书");
        credential.put("issuer", issuer);
        credential.put("validFrom", f.issuedAt().toString());
        credential.put("credentialSubject", subject);
        credential.put("credentialSchema", List.of(Map.of("id", OB_SCHEMA, "type", "1EdTechJsonSchemaValidator2019")));
        return credential;
    }
}
