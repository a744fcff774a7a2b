package com.csracademy.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Per-client-IP limits of the public endpoints ({@code academy.security.rate-limit}). Each limit is a token
 * bucket: {@code capacity} requests at once, refilled evenly to {@code capacity} per {@code period}.
 *
 * @param enabled           switch all limits off (never in production; for load tests)
 * @param certificateVerify {@code GET /api/v1/certificates/verify/**}
 * @param devSignIn         {@code POST /api/v1/dev/token}
 * @param maxClients        how many client addresses are tracked before idle ones are forgotten
 */
@ConfigurationProperties("academy.security.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
                                  Limit certificateVerify,
                                  Limit devSignIn,
                                  @DefaultValue("10000") int maxClients) {

    /** 30 verifications and 10 sign-ins a minute per address unless configured otherwise. */
    public RateLimitProperties {
        certificateVerify = Limit.orDefault(certificateVerify, 30);
        devSignIn = Limit.orDefault(devSignIn, 10);
    }

    /**
     * @param capacity requests allowed in a burst and per period
     * @param period   the time in which the bucket refills completely
     */
    public record Limit(Long capacity, Duration period) {

        /** Fills what is not configured: the given capacity, a period of one minute. */
        static Limit orDefault(Limit configured, long capacity) {
            if (configured == null) {
                return new Limit(capacity, Duration.ofMinutes(1));
            }
            return new Limit(configured.capacity() != null ? configured.capacity() : capacity,
                    configured.period() != null ? configured.period() : Duration.ofMinutes(1));
        }
    }
}
