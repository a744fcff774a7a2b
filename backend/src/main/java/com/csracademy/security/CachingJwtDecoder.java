package com.csracademy.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers the tokens the real decoder accepted, so a client that sends the same token with every request
 * (the SPA does, for its token's lifetime) has its signature checked and its claims parsed once a minute rather
 * than on every call: the RS256 check, the Base64 and the JSON parsing were about a tenth of an exam request's
 * CPU (docs/performance.md, fifth round).
 *
 * <p>An entry lives at most {@link #MAX_AGE} and never past the token's {@code exp} by the application clock;
 * refusals are not remembered. The price: a token whose signing key is withdrawn from the issuer's key set is
 * still accepted for up to a minute. At most {@link #MAX_ENTRIES} tokens are kept (about 3 KB each).
 */
final class CachingJwtDecoder implements ReactiveJwtDecoder {

    static final Duration MAX_AGE = Duration.ofMinutes(1);
    static final int MAX_ENTRIES = 4096;

    private final ReactiveJwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Jwt> accepted;

    CachingJwtDecoder(ReactiveJwtDecoder decoder, Clock clock) {
        this(decoder, clock, Ticker.systemTicker());
    }

    /** With the ticker that measures the entries' age (tests pass their own). */
    CachingJwtDecoder(ReactiveJwtDecoder decoder, Clock clock, Ticker ticker) {
        this.decoder = decoder;
        this.clock = clock;
        this.accepted = Caffeine.newBuilder()
                .ticker(ticker)
                .maximumSize(MAX_ENTRIES)
                .expireAfter(new Expiry<String, Jwt>() {
                    @Override
                    public long expireAfterCreate(String token, Jwt jwt, long currentTime) {
                        return lifetime(jwt).toNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String token, Jwt jwt, long currentTime, long currentDuration) {
                        return lifetime(jwt).toNanos();
                    }

                    @Override
                    public long expireAfterRead(String token, Jwt jwt, long currentTime, long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = accepted.getIfPresent(token);
        if (known != null && stillValid(known)) {
            return Mono.just(known);
        }
        return decoder.decode(token).doOnNext(jwt -> accepted.put(token, jwt));
    }

    private boolean stillValid(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        return expiresAt == null || clock.instant().isBefore(expiresAt);
    }

    private Duration lifetime(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return MAX_AGE;
        }
        Duration left = Duration.between(clock.instant(), expiresAt);
        return left.isNegative() ? Duration.ZERO : (left.compareTo(MAX_AGE) < 0 ? left : MAX_AGE);
    }
}
