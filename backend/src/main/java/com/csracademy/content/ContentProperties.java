package com.csracademy.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the program's data lives ({@code academy.content}).
 *
 * @param location a Spring resource location: {@code classpath:content/} (shipped in the jar) or
 *                 {@code file:/srv/academy/content/} to run on an edited copy
 */
@ConfigurationProperties("academy.content")
public record ContentProperties(@DefaultValue("classpath:content/") String location) {
}
