package com.csracademy.fuzz;

import java.time.ZoneId;

import com.csracademy.monitoring.domain.CallCsv;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crashes the fuzz tests found, as plain regression tests (the crashing inputs also stay in the fuzz tests'
 * seed corpus as {@code finding-*}). docs/security.md lists them.
 */
class FuzzFindingsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** Commons CSV threw IllegalArgumentException out of the import (a 500) for a header with an empty name. */
    @Test
    void aCallLogWhoseHeaderHasAnEmptyColumnNameIsOneErrorOnLineOne() {
        CallCsv.Parsed parsed = CallCsv.parse("""
                callId,start,end,businessType,
                C1,2026-11-03T09:31:00Z,2026-11-03T09:35:00Z,FUNDS,x
                """, SHANGHAI);
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(1L);
            assertThat(error.message()).startsWith("unreadable header");
        });
    }
}
