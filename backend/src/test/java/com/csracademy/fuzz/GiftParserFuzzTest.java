package com.csracademy.fuzz;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.csracademy.quiz.gift.GiftParseResult;
import com.csracademy.quiz.gift.GiftParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GIFT parser never throws on malformed text: every problem becomes a {@code GiftError} in the result
 * (see {@link GiftParser#parse(String)}). Seeds: {@code GiftParserFuzzTestInputs/parse/}.
 */
class GiftParserFuzzTest {

    @FuzzTest(maxDuration = FuzzSettings.CI_DURATION)
    void parse(byte[] bytes) {
        GiftParseResult result = GiftParser.parse(new String(bytes, StandardCharsets.UTF_8));
        result.errors().forEach(error -> assertThat(error.message()).isNotBlank());
        result.warnings().forEach(warning -> assertThat(warning.message()).isNotBlank());
        result.questions().forEach(question -> assertThat(question.type()).isNotNull());
    }
}
