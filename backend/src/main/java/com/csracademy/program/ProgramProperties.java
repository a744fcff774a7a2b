package com.csracademy.program;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Program settings ({@code academy.program}).
 *
 * @param active the id of the program trainees follow
 */
@ConfigurationProperties("academy.program")
public record ProgramProperties(@DefaultValue("csr-onboarding") String active) {
}
