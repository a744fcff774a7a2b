package com.csracademy.security;

import java.util.Map;

import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** CORS only for the configured origin; the public endpoints answer 429 with Retry-After over their limit. */
@TestPropertySource(properties = {
        "academy.security.cors-origins=https://intranet.broker.example",
        "academy.security.rate-limit.certificate-verify.capacity=5",
        "academy.security.rate-limit.certificate-verify.period=1h",
        "academy.security.rate-limit.dev-sign-in.capacity=3",
        "academy.security.rate-limit.dev-sign-in.period=1h"})
class CorsAndRateLimitApiTest extends ApiTest {

    private static final String ALLOWED = "https://intranet.broker.example";

    @Test
    void theConfiguredOriginGetsTheCorsHeaders() {
        as("t01").get().uri("/api/v1/ping").header(HttpHeaders.ORIGIN, ALLOWED).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED);
        web.options().uri("/api/v1/me")
                .header(HttpHeaders.ORIGIN, ALLOWED)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, ALLOWED)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, m -> assertThat(m).contains("POST"))
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
    }

    @Test
    void anotherOriginGetsNone() {
        as("t01").get().uri("/api/v1/ping").header(HttpHeaders.ORIGIN, "https://evil.example").exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        web.options().uri("/api/v1/me")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void certificateVerificationIsLimitedPerAddress() {
        for (int i = 0; i < 5; i++) {
            web.get().uri("/api/v1/certificates/verify/NO-SUCH-CODE-" + i).exchange()
                    .expectStatus().value(status -> assertThat(status).isNotEqualTo(429));
        }
        web.get().uri("/api/v1/certificates/verify/NO-SUCH-CODE-X").exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, s -> assertThat(Long.parseLong(s)).isBetween(1L, 720L))
                .expectBody().jsonPath("$.type").value(t -> assertThat((String) t).endsWith("too-many-requests"))
                .jsonPath("$.status").isEqualTo(429);
        // other endpoints are not limited
        as("t01").get().uri("/api/v1/ping").exchange().expectStatus().isOk();
    }

    @Test
    void theDevelopmentSignInIsLimitedPerAddress() {
        for (int i = 0; i < 3; i++) {
            web.post().uri("/api/v1/dev/token").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("personId", "t01")).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.access_token").isNotEmpty();
        }
        web.post().uri("/api/v1/dev/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("personId", "t01")).exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.detail").value(d -> assertThat((String) d).contains("try again in"));
    }
}
