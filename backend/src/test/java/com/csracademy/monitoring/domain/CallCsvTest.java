package com.csracademy.monitoring.domain;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallCsvTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void badRowsAreReportedWithTheirLineNumbersAndGoodRowsKept() {
        CallCsv.Parsed parsed = CallCsv.parse("""
                callId,start,end,businessType
                C1,2026-11-03T09:31:00+08:00,2026-11-03T09:35:00+08:00,FUNDS
                C2,yesterday,2026-11-03T09:40:00+08:00,FUNDS
                C3,2026-11-03T09:50:00,2026-11-03T09:45:00,BONDS
                C4,2026-11-03T10:00:00,2026-11-03T10:05:00
                C1,2026-11-03T11:00:00,2026-11-03T11:05:00,FUNDS
                C5,2026-11-03T13:00:00,2026-11-03T13:06:00,ACCOUNT""", SHANGHAI);
        assertThat(parsed.rows()).extracting(CallCsv.Row::callId).containsExactly("C1", "C5");
        assertThat(parsed.rows().get(1).start()).isEqualTo(Instant.parse("2026-11-03T05:00:00Z"));
        assertThat(parsed.errors()).extracting(CallCsv.RowError::line).containsExactly(3L, 4L, 5L, 6L);
    }

    @Test
    void aFileWithoutTheColumnsIsOneErrorOnLineOne() {
        CallCsv.Parsed parsed = CallCsv.parse("id,when\nC1,2026-11-03T09:31:00\n", SHANGHAI);
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.errors()).extracting(CallCsv.RowError::line).containsExactly(1L);
    }
}
