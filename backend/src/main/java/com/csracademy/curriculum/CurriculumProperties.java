package com.csracademy.curriculum;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Curriculum settings ({@code academy.curriculum}).
 *
 * @param maxHeartbeatSeconds the most reading time one heartbeat may add, whatever the client reports
 */
@Validated
@ConfigurationProperties("academy.curriculum")
public record CurriculumProperties(@DefaultValue("300") @Min(1) @Max(3600) int maxHeartbeatSeconds) {
}
