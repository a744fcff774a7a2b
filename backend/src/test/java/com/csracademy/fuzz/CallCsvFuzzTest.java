package com.csracademy.fuzz;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.csracademy.monitoring.domain.CallCsv;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The call-log import never throws on a malformed file: each bad row, or an unreadable file, is reported as a
 * {@link CallCsv.RowError}, and every good row satisfies the documented rules. Seeds:
 * {@code CallCsvFuzzTestInputs/parse/}.
 */
class CallCsvFuzzTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @FuzzTest(maxDuration = FuzzSettings.CI_DURATION)
    void parse(byte[] bytes) {
        CallCsv.Parsed parsed = CallCsv.parse(new String(bytes, StandardCharsets.UTF_8), SHANGHAI);
        for (CallCsv.Row row : parsed.rows()) {
            assertThat(row.callId()).isNotEmpty().hasSizeLessThanOrEqualTo(64);
            assertThat(row.businessType()).isNotEmpty().hasSizeLessThanOrEqualTo(64);
            assertThat(row.end()).isAfter(row.start());
        }
        assertThat(parsed.rows().stream().map(CallCsv.Row::callId).distinct().count())
                .isEqualTo(parsed.rows().size());
    }
}
