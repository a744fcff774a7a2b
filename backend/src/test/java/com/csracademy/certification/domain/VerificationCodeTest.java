package com.csracademy.certification.domain;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VerificationCodeTest {

    @Test
    void generatedCodesAreFiveGroupsOfFourUnambiguousCharactersAndDoNotRepeat() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String code = VerificationCode.generate(random);
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}");
            assertThat(VerificationCode.wellFormed(code)).isTrue();
            seen.add(code);
        }
        assertThat(seen).hasSize(20_000);
    }

    @Test
    void lowerCaseIsAcceptedAndNormalisedButAmbiguousLettersAreMalformed() {
        assertThat(VerificationCode.wellFormed("7kq2-m9xd-0a1b-c2d3-e4f5")).isTrue();
        assertThat(VerificationCode.normalise("7kq2-m9xd-0a1b-c2d3-e4f5")).isEqualTo("7KQ2-M9XD-0A1B-C2D3-E4F5");
        assertThat(VerificationCode.wellFormed("7KQ2-M9XD-0A1B-C2D3-E4FU")).isFalse();
        assertThat(VerificationCode.wellFormed("7KQ2-M9XD-0A1B-C2D3-E4FO")).isFalse();
        assertThat(VerificationCode.wellFormed("7KQ2M9XD0A1BC2D3E4F5")).isFalse();
        assertThat(VerificationCode.wellFormed(null)).isFalse();
    }
}
