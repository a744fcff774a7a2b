package com.csracademy.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Valid values of the shipped forms, for tests that need a form filed and do not care what it says. */
public final class FormValues {

    private FormValues() {
    }

    /** A complete post-call analysis (事后话务分析表) of a call from {@code source}, with a fresh recording reference. */
    public static Map<String, Object> postCall(String source) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("source", source);
        values.put("callTime", "2026-11-03T10:15:00+08:00");
        values.put("recordingRef", "REC-" + UUID.randomUUID().toString().substring(0, 8));
        values.put("businessType", "THIRD_PARTY_CUSTODY");
        values.put("clientRequest", "客户询问银证转账到账时间");
        values.put("handling", "说明交易时间内实时到账，核实银行卡状态");
        values.put("servicePhrases", List.of("GREETING", "THANKS", "CLOSING"));
        values.put("wentWell", "开头问候语规范");
        values.put("errorsAndBlindSpots", "未复述确认客户需求");
        values.put("toLearn", "第三方存管转账时间规则");
        return values;
    }
}
