package com.csracademy.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersApiTest extends ApiTest {

    @Test
    void answersCarryTheHardeningHeaders() {
        as("t01").get().uri("/api/v1/ping").exchange()
                .expectStatus().isOk()
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("script-src 'self';")
                        .contains("frame-ancestors 'none'")
                        .doesNotContain("unsafe-eval")
                        .doesNotContain("script-src 'self' 'unsafe-inline'"))
                .expectHeader().valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY");
    }

    @Test
    void refusedAnswersCarryThemToo() {
        web.get().uri("/api/v1/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().exists("Content-Security-Policy")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
    }

    @Test
    void plainHttpGetsNoStrictTransportSecurity() {
        // HSTS is sent only on requests that arrived over TLS (or were forwarded as https by a trusted proxy)
        as("t01").get().uri("/api/v1/ping").exchange()
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }

    @Test
    void theSinglePageAppHasNoInlineScript() throws Exception {
        String html = Files.readString(Path.of("../frontend/index.html"));
        Matcher script = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL).matcher(html);
        int scripts = 0;
        while (script.find()) {
            scripts++;
            assertThat(script.group(1)).as("every script is loaded from a file").contains("src=");
            assertThat(script.group(2).trim()).as("no inline script body").isEmpty();
        }
        assertThat(scripts).isPositive();
        assertThat(html).doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
    }
}
