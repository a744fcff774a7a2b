package com.csracademy.monitoring.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Which daily quotas apply on a day. During the monitoring step each working day needs the recording
 * analyses of others' calls; during the trading-hours go-live step each trading day needs the analyses of
 * the trainee's own typical calls. A make-up Saturday is a working day but not a trading day, so it needs
 * recording analyses but no typical calls. Without a step both quotas are shown by their calendar.
 */
public final class QuotaPolicy {

    public static final String MONITORING_STEP = "monitoring";
    public static final String TRADING_STEP = "golive-trading";
    public static final String RECORDING_ANALYSES = "RECORDING_ANALYSES";
    public static final String TYPICAL_CALLS = "TYPICAL_CALLS";

    private QuotaPolicy() {
    }

    /** The day's counts of filed and accepted post-call analyses, by whose call was analysed. */
    public record Counts(long othersFiled, long othersAccepted, long ownFiled, long ownAccepted) {
    }

    public static List<DailyQuota> quotas(String stepId, boolean workingDay, boolean tradingDay,
                                          int recordingAnalysesPerDay, int typicalCallsPerDay, Counts counts) {
        List<DailyQuota> quotas = new ArrayList<>();
        if (stepId == null || stepId.equals(MONITORING_STEP)) {
            quotas.add(DailyQuota.of(RECORDING_ANALYSES, workingDay ? recordingAnalysesPerDay : 0,
                    counts.othersFiled(), counts.othersAccepted()));
        }
        if (stepId == null || stepId.equals(TRADING_STEP)) {
            quotas.add(DailyQuota.of(TYPICAL_CALLS, tradingDay ? typicalCallsPerDay : 0,
                    counts.ownFiled(), counts.ownAccepted()));
        }
        return quotas;
    }
}
