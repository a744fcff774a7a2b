package com.csracademy.security;

import java.util.Arrays;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Which identity provider signs tokens: the development issuer inside the app, or a real OIDC provider.
 * Decided once at start; a contradictory configuration stops the start with a clear message.
 *
 * @param devIssuer {@code true} when the development issuer signs tokens
 * @param issuerUri the real provider's issuer, when one is configured
 */
public record SecurityMode(boolean devIssuer, String issuerUri) {

    static final String ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";
    static final String DEV_ENABLED = "academy.security.dev-issuer.enabled";

    static SecurityMode resolve(Environment env) {
        String issuer = env.getProperty(ISSUER_URI, "");
        boolean realProvider = StringUtils.hasText(issuer) || StringUtils.hasText(env.getProperty(JWK_SET_URI, ""));
        Boolean explicit = env.getProperty(DEV_ENABLED, Boolean.class);
        boolean production = Arrays.asList(env.getActiveProfiles()).contains("prod");
        if (Boolean.TRUE.equals(explicit) && realProvider) {
            throw new IllegalStateException("Both the development token issuer (" + DEV_ENABLED
                    + "=true) and a real identity provider (" + ISSUER_URI + ") are configured; choose one");
        }
        if (Boolean.TRUE.equals(explicit) && production) {
            throw new IllegalStateException("The development token issuer cannot be enabled in the 'prod' profile");
        }
        boolean dev = explicit != null ? explicit
                : !realProvider && !production && !StringUtils.hasText(env.getProperty("spring.mongodb.uri", ""));
        if (!dev && !realProvider) {
            throw new IllegalStateException("No identity provider is configured: set " + ISSUER_URI
                    + " (see docs/operations.md), or run on the embedded default for the development sign-in");
        }
        return new SecurityMode(dev, StringUtils.hasText(issuer) ? issuer : null);
    }
}
