package com.csracademy.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.csracademy.CsrAcademyApplication;
import com.csracademy.security.DevTokenIssuer;
import com.csracademy.security.SubjectResolver;
import com.csracademy.shared.StartupTasks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Data written through the API survives a stop and a start of the app on the embedded file store. */
@DisabledIfEnvironmentVariable(named = "ACADEMY_TEST_MONGODB_URI", matches = ".+")
class EmbeddedFileStoreRestartTest {

    @TempDir
    Path dir;

    private ConfigurableApplicationContext start() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(CsrAcademyApplication.class)
                .run("--server.port=0",
                        "--academy.store.embedded.path=" + dir.resolve("academy.mv"),
                        "--academy.security.dev-issuer.key-file=" + dir.resolve("key.json"),
                        "--logging.level.root=warn");
        context.getBean(StartupTasks.class).completion().block(Duration.ofSeconds(30));
        return context;
    }

    private static WebTestClient client(ConfigurableApplicationContext context, String personId) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        String token = context.getBean(SubjectResolver.class).signInCandidate(personId)
                .map(p -> context.getBean(DevTokenIssuer.class).issue(p).accessToken())
                .block(Duration.ofSeconds(10));
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", "Bearer " + token).build();
    }

    @Test
    void aCohortAndATokenSurviveARestart() {
        ConfigurableApplicationContext first = start();
        String adminToken;
        try {
            WebTestClient admin = client(first, "admin");
            admin.post().uri("/api/v1/cohorts").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("id", "c-restart", "name", "重启测试班", "departmentId", "csc",
                            "startDate", "2026-12-07"))
                    .exchange().expectStatus().isCreated();
            adminToken = first.getBean(SubjectResolver.class).bySubject("1d043912-60b3-5a14-bd26-0456609bd982")
                    .map(p -> first.getBean(DevTokenIssuer.class).issue(p).accessToken())
                    .block(Duration.ofSeconds(10));
        } finally {
            first.close();
        }
        assertThat(Files.exists(dir.resolve("academy.mv"))).isTrue();

        ConfigurableApplicationContext second = start();
        try {
            int port = ((WebServerApplicationContext) second).getWebServer().getPort();
            WebTestClient sameToken = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                    .defaultHeader("Authorization", "Bearer " + adminToken).build();
            List<Map> cohorts = sameToken.get().uri("/api/v1/cohorts").exchange()
                    .expectStatus().isOk()
                    .expectBodyList(Map.class).returnResult().getResponseBody();
            assertThat(cohorts.stream().map(c -> (Object) c.get("id")).toList()).contains("c-restart", "c2026-11");
        } finally {
            second.close();
        }
    }
}
