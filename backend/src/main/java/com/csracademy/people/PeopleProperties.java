package com.csracademy.people;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * People settings ({@code academy.people}).
 *
 * @param maxMenteesPerMentor how many active mentees a mentor may have at once (the program pairs one to one)
 * @param demo                whether to load the demo people of {@code content/demo/}; {@code null} (the
 *                            default) loads them exactly in the embedded default
 */
@ConfigurationProperties("academy.people")
public record PeopleProperties(@DefaultValue("1") int maxMenteesPerMentor, Boolean demo) {
}
