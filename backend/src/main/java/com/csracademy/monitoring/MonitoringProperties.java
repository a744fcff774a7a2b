package com.csracademy.monitoring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The monitoring module's settings ({@code academy.monitoring}).
 *
 * @param drills what completes the call-simulation drills step
 */
@ConfigurationProperties("academy.monitoring")
public record MonitoringProperties(@DefaultValue Drills drills) {

    /**
     * @param sessionsToComplete how many drill sessions, each scored and written up by the trainee, the drills
     *                           step needs within its current run (groups take turns, so a trainee need not
     *                           drill on every day of the step)
     */
    public record Drills(@DefaultValue("2") int sessionsToComplete) {
        public Drills {
            if (sessionsToComplete < 1) {
                throw new IllegalArgumentException("academy.monitoring.drills.sessions-to-complete must be at least 1");
            }
        }
    }
}
