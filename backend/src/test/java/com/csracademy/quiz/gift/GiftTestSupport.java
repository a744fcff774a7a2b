package com.csracademy.quiz.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

final class GiftTestSupport {

    private GiftTestSupport() {
    }

    /** Parses GIFT that must hold exactly one valid question. */
    static GiftQuestion parseOne(String gift) {
        GiftParseResult result = GiftParser.parse(gift);
        assertThat(result.errors()).as("errors").isEmpty();
        assertThat(result.questions()).hasSize(1);
        return result.questions().get(0);
    }

    /** Parses GIFT that must hold exactly one error and no question. */
    static GiftError parseError(String gift) {
        GiftParseResult result = GiftParser.parse(gift);
        assertThat(result.questions()).as("questions").isEmpty();
        assertThat(result.errors()).hasSize(1);
        return result.errors().get(0);
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static String resource(String name) {
        try (InputStream in = GiftTestSupport.class.getResourceAsStream("/gift/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource gift/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
