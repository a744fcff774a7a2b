package com.csracademy.support;

import java.time.Duration;
import java.util.Map;

import com.csracademy.security.DevTokenIssuer;
import com.csracademy.security.SubjectResolver;
import com.csracademy.shared.StartupTasks;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the API tests: the whole application on a random port, the in-memory embedded store (or a
 * real MongoDB when {@code ACADEMY_TEST_MONGODB_URI} is set), the demo people, real JWT validation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ActiveProfiles("test")
@org.springframework.context.annotation.Import({RecordedEvents.class, StoreCommands.class, WebSessions.class,
        TestClock.Configuration.class})
@org.junit.jupiter.api.extension.ExtendWith({org.springframework.boot.test.system.OutputCaptureExtension.class,
        StallReport.class})
public abstract class ApiTest {

    /**
     * Two failures that show up only in the server log, every API test checks for them: a handler that runs twice,
     * or an error after the answer was sent ("already committed": the client already has its answer); and a request
     * buffer released twice, which makes Reactor Netty close the connection so that the client's next request on it
     * is reset (once seen in CI after an oversized upload).
     */
    @org.junit.jupiter.api.AfterEach
    void theServerLogShowsNoHiddenFailure(org.springframework.boot.test.system.CapturedOutput output) {
        org.assertj.core.api.Assertions.assertThat(output.getAll())
                .doesNotContain("already committed")
                .doesNotContain("IllegalReferenceCountException");
    }

    @Autowired
    protected WebTestClient web;

    @Autowired
    protected DevTokenIssuer issuer;

    @Autowired
    protected SubjectResolver people;

    @Autowired
    private StartupTasks startup;

    @Autowired
    protected RecordedEvents events;

    @Autowired
    protected StoreCommands storeCommands;

    @Autowired
    protected WebSessions webSessions;

    @BeforeEach
    void waitForStartup() {
        startup.completion().block(Duration.ofSeconds(90));
        web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** A development token for a demo person, as the sign-in page would get it. */
    protected String tokenFor(String personId) {
        return people.signInCandidate(personId)
                .map(p -> issuer.issue(p).accessToken())
                .blockOptional(Duration.ofSeconds(10))
                .orElseThrow(() -> new IllegalArgumentException("No demo person " + personId));
    }

    protected WebTestClient as(String personId) {
        String token = tokenFor(personId);
        return web.mutate().defaultHeader("Authorization", "Bearer " + token).build();
    }

    protected WebTestClient withToken(String token) {
        return web.mutate().defaultHeader("Authorization", "Bearer " + token).build();
    }

    /** Registers a person with one role in the demo department; answers their id ({@code prefix-xxxxxxxx}). */
    protected String registerPerson(String prefix, String role) {
        String id = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        as("admin").post().uri("/api/v1/people").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", id, "subject", "sub-" + id, "username", id, "name", "测试" + id,
                        "roles", java.util.List.of(role), "departmentId", "csc"))
                .exchange().expectStatus().isCreated();
        return id;
    }

    /** Registers and enrols a trainee of the category in the demo cohort. */
    protected String enrolTrainee(String prefix, String category, String startDate) {
        String id = registerPerson(prefix, "TRAINEE");
        as("ts1").post().uri("/api/v1/trainees").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("personId", id, "category", category, "cohortId", "c2026-11", "startDate", startDate))
                .exchange().expectStatus().isCreated();
        return id;
    }

    protected static Map<String, Object> roles(String... roles) {
        return Map.of("roles", java.util.List.of(roles));
    }
}
