package com.csracademy.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CachingJwtDecoderTest {

    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");

    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private Instant now = NOW;
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    private static Jwt jwt(String token, Instant expiresAt) {
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("s").issuedAt(NOW).expiresAt(expiresAt).build();
    }

    private CachingJwtDecoder decoder(ReactiveJwtDecoder real) {
        return new CachingJwtDecoder(token -> {
            calls.incrementAndGet();
            return real.decode(token);
        }, clock, nanos::get);
    }

    @Test
    void anAcceptedTokenIsCheckedOnceWhileItIsValid() {
        CachingJwtDecoder decoder = decoder(token -> Mono.just(jwt(token, NOW.plusSeconds(300))));
        Jwt first = decoder.decode("t1").block();
        Jwt again = decoder.decode("t1").block();
        assertThat(again).isSameAs(first);
        assertThat(calls).hasValue(1);
        decoder.decode("t2").block();
        assertThat(calls).hasValue(2);
    }

    @Test
    void aRememberedTokenIsCheckedAgainAfterAMinute() {
        CachingJwtDecoder decoder = decoder(token -> Mono.just(jwt(token, NOW.plusSeconds(3600))));
        decoder.decode("t1").block();
        nanos.addAndGet(Duration.ofSeconds(59).toNanos());
        decoder.decode("t1").block();
        assertThat(calls).hasValue(1);
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        decoder.decode("t1").block();
        assertThat(calls).hasValue(2);
    }

    @Test
    void aRememberedTokenPastItsExpiryGoesBackToTheRealDecoder() {
        CachingJwtDecoder decoder = decoder(token -> now.isBefore(NOW.plusSeconds(30))
                ? Mono.just(jwt(token, NOW.plusSeconds(30)))
                : Mono.error(new BadJwtException("expired")));
        decoder.decode("t1").block();
        now = NOW.plusSeconds(31);   // the application clock passed exp; the entry's own minute has not
        assertThatThrownBy(() -> decoder.decode("t1").block()).isInstanceOf(BadJwtException.class);
        assertThat(calls).hasValue(2);
    }

    @Test
    void refusalsAreNotRemembered() {
        CachingJwtDecoder decoder = decoder(token -> Mono.error(new BadJwtException("bad signature")));
        assertThatThrownBy(() -> decoder.decode("t1").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("t1").block()).isInstanceOf(BadJwtException.class);
        assertThat(calls).hasValue(2);
    }
}
