package com.csracademy.webapp;

import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser reloading a client-side route gets the app; files, the API and unknown files keep their answers. */
class SinglePageAppRoutesApiTest extends ApiTest {

    @Test
    void clientRoutesAreAnsweredWithTheAppEvenWithADottedRecordId() {
        for (String route : new String[] {"/journey", "/exam/attempts/42", "/branch/placements/t05.placement.1"}) {
            String html = web.get().uri(route).accept(MediaType.TEXT_HTML).exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(html).as(route).contains("<div id=\"root\"");
        }
    }

    @Test
    void filesAndTheApiKeepTheirOwnAnswers() {
        String svg = web.get().uri("/favicon.svg").accept(MediaType.TEXT_HTML, MediaType.ALL).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(svg).contains("<svg");
        web.get().uri("/api/v1/courses").accept(MediaType.TEXT_HTML).exchange().expectStatus().isUnauthorized();
        web.get().uri("/assets/missing-file.js").exchange().expectStatus().isNotFound();
    }
}
