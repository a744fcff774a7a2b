package com.csracademy.security;

import com.csracademy.CsrAcademyApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The development token issuer cannot be switched on in the {@code prod} profile: the app refuses to start. */
class ProductionProfileTest {

    @Test
    void theApplicationRefusesToStartWithTheDevelopmentIssuerInProd() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(CsrAcademyApplication.class)
                .profiles("prod")
                .properties("server.port=0", "academy.store.embedded.in-memory=true")
                // as an operator would: a command-line argument outranks the prod profile's own setting
                .run("--academy.security.dev-issuer.enabled=true").close())
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .rootCause().hasMessageContaining("cannot be enabled in the 'prod' profile");
    }
}
