package com.csracademy.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.test.StepVerifier;

import static org.assertj.core.api.Assertions.assertThat;

class ActorsTest {

    private static final Actor TRAINEE = new Actor("sub-1", "p-1", "王小明", Set.of(Role.TRAINEE), "d-1", null);

    @Test
    void theCallerIsTheActorOfTheRequestsAuthentication() {
        Jwt jwt = new Jwt("token", Instant.parse("2026-12-07T22:00:00Z"), Instant.parse("2026-12-07T23:00:00Z"),
                Map.of("alg", "RS256"), Map.of("sub", "sub-1"));
        StepVerifier.create(Actors.current()
                        .contextWrite(ReactiveSecurityContextHolder.withAuthentication(
                                new ActorAuthentication(jwt, TRAINEE, List.of()))))
                .expectNext(TRAINEE)
                .verifyComplete();
    }

    @Test
    void withoutAnActorThereIsNoCaller() {
        StepVerifier.create(Actors.current())
                .expectErrorMessage("No authenticated caller in this request")
                .verify();
        // an authentication that is not an actor's (not from this app's token converter) is no caller either
        StepVerifier.create(Actors.current()
                        .contextWrite(ReactiveSecurityContextHolder.withAuthentication(
                                new TestingAuthenticationToken("someone", "secret", "ROLE_TRAINEE"))))
                .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(IllegalStateException.class))
                .verify();
    }
}
