package com.csracademy.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecurityModeTest {

    @Test
    void theEmbeddedDefaultUsesTheDevelopmentIssuer() {
        assertThat(SecurityMode.resolve(new MockEnvironment()).devIssuer()).isTrue();
    }

    @Test
    void anIssuerUriTurnsTheDevelopmentIssuerOff() {
        SecurityMode mode = SecurityMode.resolve(new MockEnvironment()
                .withProperty(SecurityMode.ISSUER_URI, "http://localhost:8180/realms/academy"));
        assertThat(mode.devIssuer()).isFalse();
        assertThat(mode.issuerUri()).isEqualTo("http://localhost:8180/realms/academy");
    }

    @Test
    void bothTheDevelopmentIssuerAndAnIssuerUriRefuseToStart() {
        assertThatThrownBy(() -> SecurityMode.resolve(new MockEnvironment()
                .withProperty(SecurityMode.ISSUER_URI, "http://localhost:8180/realms/academy")
                .withProperty(SecurityMode.DEV_ENABLED, "true")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("choose one");
    }

    @Test
    void theProductionProfileCannotEnableTheDevelopmentIssuer() {
        MockEnvironment env = new MockEnvironment().withProperty(SecurityMode.DEV_ENABLED, "true");
        env.setActiveProfiles("prod");
        assertThatThrownBy(() -> SecurityMode.resolve(env)).hasMessageContaining("'prod'");
    }

    @Test
    void productionWithoutAnIssuerRefusesToStart() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("prod");
        assertThatThrownBy(() -> SecurityMode.resolve(env)).hasMessageContaining("No identity provider");
    }

    @Test
    void aRealMongoWithoutAnIssuerNeedsAnIssuer() {
        assertThatThrownBy(() -> SecurityMode.resolve(new MockEnvironment()
                .withProperty("spring.mongodb.uri", "mongodb://db:27017")))
                .hasMessageContaining("No identity provider");
    }
}
