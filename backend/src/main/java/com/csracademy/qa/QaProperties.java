package com.csracademy.qa;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * QA settings ({@code academy.qa}).
 *
 * @param appealWindowDays how many working days after the day a call was scored the trainee or their mentor may
 *                         still appeal it (that day's end, Beijing time, included)
 */
@ConfigurationProperties("academy.qa")
public record QaProperties(@DefaultValue("3") int appealWindowDays) {
}
