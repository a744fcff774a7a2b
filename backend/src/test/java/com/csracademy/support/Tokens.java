package com.csracademy.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs test tokens with the development issuer's key, so every test token goes through the app's real
 * JWT validation; a token signed with another key must be refused.
 */
public final class Tokens {

    public static final String ISSUER = "csr-academy-dev";
    private static final Path KEY_FILE = Path.of("target/test-dev-issuer-key.json");

    private Tokens() {
    }

    /** A token with the given subject and extra claims (e.g. {@code roles} or {@code realm_access}). */
    public static String signed(String subject, Map<String, Object> claims) {
        return sign(appKey(), subject, claims);
    }

    /** A well-formed token signed with a key the app does not trust. */
    public static String signedByStranger(String subject, Map<String, Object> claims) {
        try {
            return sign(new RSAKeyGenerator(2048).keyID("stranger").generate(), subject, claims);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey appKey() {
        try {
            return RSAKey.parse(Files.readString(KEY_FILE));
        } catch (Exception e) {
            throw new IllegalStateException("Start the application context before signing tokens", e);
        }
    }

    private static String sign(RSAKey key, String subject, Map<String, Object> claims) {
        try {
            JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                    .issuer(ISSUER)
                    .subject(subject)
                    .issueTime(new Date())
                    .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                    .jwtID(UUID.randomUUID().toString());
            claims.forEach(builder::claim);
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    builder.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
