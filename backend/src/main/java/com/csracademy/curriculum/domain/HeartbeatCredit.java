package com.csracademy.curriculum.domain;

/**
 * How many seconds of reading one heartbeat credits: what the client reports, but never more than the
 * cap, so a tampered client cannot claim hours with one request.
 *
 * @param maxSeconds the most one heartbeat may add
 */
public record HeartbeatCredit(int maxSeconds) {

    public HeartbeatCredit {
        if (maxSeconds < 1) {
            throw new IllegalArgumentException("maxSeconds must be positive: " + maxSeconds);
        }
    }

    public int credit(int reportedSeconds) {
        return Math.max(0, Math.min(reportedSeconds, maxSeconds));
    }
}
