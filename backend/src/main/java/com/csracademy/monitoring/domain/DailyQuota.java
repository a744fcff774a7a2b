package com.csracademy.monitoring.domain;

/**
 * One of the day's quotas.
 *
 * @param required        how many forms the day needs (0 when the quota does not apply that day)
 * @param filed           forms submitted or accepted that day
 * @param accepted        forms the mentor accepted
 * @param met             enough forms filed
 * @param metWithAccepted enough forms accepted: the evidence a step completion needs
 */
public record DailyQuota(String kind, int required, long filed, long accepted, boolean met, boolean metWithAccepted) {

    public static DailyQuota of(String kind, int required, long filed, long accepted) {
        return new DailyQuota(kind, required, filed, accepted, filed >= required, accepted >= required);
    }
}
