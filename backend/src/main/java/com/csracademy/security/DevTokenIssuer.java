package com.csracademy.security;

import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.csracademy.security.SubjectResolver.KnownPerson;

/**
 * Signs tokens for the demo people in the embedded default, so the app is usable with no identity
 * server. The RSA key is generated on first start and kept in a file, so tokens survive restarts.
 */
public final class DevTokenIssuer {

    private final RSAKey key;
    private final SecurityProperties.DevIssuer settings;
    private final Clock clock;

    DevTokenIssuer(SecurityProperties.DevIssuer settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.key = loadOrCreate(settings.keyFile());
    }

    /** A signed token for the person: {@code sub}, name, username and roles, valid for the configured time. */
    public IssuedToken issue(KnownPerson person) {
        Instant now = clock.instant();
        Instant expires = now.plus(settings.tokenTtl());
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .subject(person.subject())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expires))
                .jwtID(UUID.randomUUID().toString())
                .claim("preferred_username", person.username())
                .claim("name", person.name())
                .claim("roles", person.roles().stream().map(Enum::name).sorted().toList())
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return new IssuedToken(jwt.serialize(), "Bearer", settings.tokenTtl().toSeconds());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a development token", e);
        }
    }

    RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String issuer() {
        return settings.issuer();
    }

    private static RSAKey loadOrCreate(Path file) {
        return KeyFiles.loadOrCreate(file, "development signing key", "; delete it to generate a new one (existing"
                + " development tokens become invalid)", () -> new RSAKeyGenerator(2048)
                .keyID(UUID.randomUUID().toString()).generate());
    }

    /** The token as the sign-in endpoint returns it (OAuth 2 token-response names). */
    public record IssuedToken(@com.fasterxml.jackson.annotation.JsonProperty("access_token") String accessToken,
                              @com.fasterxml.jackson.annotation.JsonProperty("token_type") String tokenType,
                              @com.fasterxml.jackson.annotation.JsonProperty("expires_in") long expiresIn) {
    }
}
