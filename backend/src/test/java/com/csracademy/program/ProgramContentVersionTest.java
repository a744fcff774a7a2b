package com.csracademy.program;

import com.csracademy.content.ContentVersions;
import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramContentVersionTest extends ApiTest {

    @Autowired
    ContentVersions versions;

    @Test
    void reloadingTheSameContentChangesNothing() {
        var before = versions.current("program").block();
        as("admin").post().uri("/api/v1/admin/content/program/reload").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.changed").isEqualTo(false);
        var after = versions.current("program").block();
        assertThat(after).isEqualTo(before);
        assertThat(after.hash()).hasSize(64);
    }

    @Test
    void onlyAnAdminReloads() {
        as("head").post().uri("/api/v1/admin/content/program/reload").exchange().expectStatus().isForbidden();
    }

    @Test
    void everyoneSignedInReadsTheProgram() {
        as("t02").get().uri("/api/v1/program").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.thresholds.knowledgePass").isEqualTo(90)
                .jsonPath("$.stages.length()").isEqualTo(4);
    }
}
