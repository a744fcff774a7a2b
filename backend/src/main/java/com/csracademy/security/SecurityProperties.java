package com.csracademy.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings ({@code academy.security}).
 *
 * @param devIssuer   the development token issuer
 * @param oidc        what the single-page app needs to sign in against a real OIDC provider
 * @param corsOrigins origins allowed to call the API from a browser (none by default: same origin only)
 */
@ConfigurationProperties("academy.security")
public record SecurityProperties(@DefaultValue DevIssuer devIssuer, @DefaultValue Oidc oidc,
                                 @DefaultValue List<String> corsOrigins) {

    /**
     * @param enabled   {@code null} (the default) means: on exactly when no issuer URI and no MongoDB URI
     *                  are configured, i.e. in the embedded default
     * @param keyFile   where the generated signing key is kept, so tokens survive a restart
     * @param tokenTtl  how long a development token is valid
     * @param issuer    the {@code iss} claim of development tokens
     */
    public record DevIssuer(Boolean enabled, @DefaultValue("data/dev-issuer-key.json") Path keyFile,
                            @DefaultValue("8h") Duration tokenTtl,
                            @DefaultValue("csr-academy-dev") String issuer) {
    }

    /**
     * @param clientId the public SPA client registered at the provider
     * @param scopes   the scopes the SPA asks for
     */
    public record Oidc(@DefaultValue("academy-spa") String clientId,
                       @DefaultValue("openid profile") String scopes) {
    }
}
