package com.csracademy.security;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.csracademy.security.DevTokenIssuer.IssuedToken;
import com.csracademy.shared.NotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** How the single-page app signs in: which provider, and the development sign-in in the embedded default. */
@RestController
@Tag(name = "Sign-in")
class AuthController {

    private final SecurityMode mode;
    private final SecurityProperties properties;
    private final SubjectResolver resolver;
    private final ObjectProvider<DevTokenIssuer> devIssuer;

    AuthController(SecurityMode mode, SecurityProperties properties, SubjectResolver resolver,
                   ObjectProvider<DevTokenIssuer> devIssuer) {
        this.mode = mode;
        this.properties = properties;
        this.resolver = resolver;
        this.devIssuer = devIssuer;
    }

    @GetMapping("/api/v1/auth/config")
    @Operation(summary = "How to sign in: the development issuer or an OIDC provider (public)")
    AuthConfig config() {
        return mode.devIssuer()
                ? new AuthConfig("dev", null, null, null)
                : new AuthConfig("oidc", mode.issuerUri(), properties.oidc().clientId(), properties.oidc().scopes());
    }

    /**
     * A trivial authenticated call: the load benchmark's baseline ({@code bench/}). It still goes through
     * JWT validation and the person lookup, so it measures the fixed cost every API call pays.
     */
    @GetMapping("/api/v1/ping")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A trivial authenticated call (the load benchmark's baseline)")
    Mono<Map<String, Boolean>> ping() {
        return Mono.just(Map.of("ok", true));
    }

    @GetMapping("/api/v1/dev/people")
    @Operation(summary = "Demo people to sign in as (development issuer only)")
    Mono<List<SignInCandidate>> people() {
        requireDevIssuer();
        return resolver.signInCandidates()
                .map(p -> new SignInCandidate(p.personId(), p.username(), p.name(),
                        p.roles().stream().map(Enum::name).sorted().toList()))
                .sort(Comparator.comparing(SignInCandidate::id))
                .collectList();
    }

    @PostMapping("/api/v1/dev/token")
    @Operation(summary = "Sign in as a demo person (development issuer only)")
    Mono<IssuedToken> token(@Valid @RequestBody TokenRequest request) {
        DevTokenIssuer issuer = requireDevIssuer();
        return resolver.signInCandidate(request.personId())
                .switchIfEmpty(Mono.error(() -> new NotFoundException("Person", request.personId())))
                .map(issuer::issue);
    }

    private DevTokenIssuer requireDevIssuer() {
        DevTokenIssuer issuer = devIssuer.getIfAvailable();
        if (issuer == null) {
            throw new NotFoundException("Development sign-in", "(disabled: an identity provider is configured)");
        }
        return issuer;
    }

    record AuthConfig(String mode, String issuer, String clientId, String scopes) {
    }

    record SignInCandidate(String id, String username, String name, List<String> roles) {
    }

    record TokenRequest(@NotBlank String personId) {
    }

}
