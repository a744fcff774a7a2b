package com.csracademy.quiz;

import java.nio.charset.StandardCharsets;

import com.csracademy.quiz.gift.GiftParser;
import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionBankApiTest extends ApiTest {

    private static MultipartBodyBuilder upload(String gift) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        body.part("file", new ByteArrayResource(gift.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "bank.gift";
            }
        }).contentType(MediaType.TEXT_PLAIN);
        return body;
    }

    @Test
    void anUploadImportsTheGoodQuestionsAndReportsTheBadOnesWithTheirLines() {
        String gift = """
                ::UP-1:: 沪深A股实行 {=T+1 ~T+0 ~T+2} 交易制度。

                ::UP-2:: 这道题的答案块没有闭合 {=对 ~错

                ::UP-3:: 科创板单笔买入申报数量不少于多少股？ {#200}

                """;
        as("ts1").post().uri("/api/v1/question-banks/import?category=securities-basics/uploaded")
                .body(BodyInserters.fromMultipartData(upload(gift).build())).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.imported").isEqualTo(2)
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].line").isEqualTo(3);
        // the same upload again imports nothing new
        as("ts1").post().uri("/api/v1/question-banks/import?category=securities-basics/uploaded")
                .body(BodyInserters.fromMultipartData(upload(gift).build())).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.imported").isEqualTo(0).jsonPath("$.unchanged").isEqualTo(2);
        String exported = as("ts1").get().uri("/api/v1/question-banks/export?category=securities-basics/uploaded")
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        var reparsed = GiftParser.parse(exported);
        assertThat(reparsed.errors()).isEmpty();
        assertThat(reparsed.questions()).extracting(q -> q.title()).containsExactly("UP-1", "UP-3");
        assertThat(reparsed.questions()).allMatch(q -> q.category().equals("$course$/securities-basics/uploaded"));
    }

    @Test
    void aCategoryOutsideTheAssessedAreasIsReportedPerQuestion() {
        as("ts1").post().uri("/api/v1/question-banks/import?category=cooking/desserts")
                .body(BodyInserters.fromMultipartData(upload("::C-1:: 1+1\\=? {#2}\n").build())).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.imported").isEqualTo(0)
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("assessed area"));
    }

    @Test
    void anOversizedUploadIs413() {
        String big = "::B:: x {=a ~b}\n\n".repeat(80_000);
        as("ts1").post().uri("/api/v1/question-banks/import?category=systems/big")
                .body(BodyInserters.fromMultipartData(upload(big).build())).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void traineesCannotImportOrExport() {
        as("t01").post().uri("/api/v1/question-banks/import?category=systems/x")
                .body(BodyInserters.fromMultipartData(upload("::X:: x {T}\n").build())).exchange()
                .expectStatus().isForbidden();
        as("t01").get().uri("/api/v1/question-banks/export").exchange().expectStatus().isForbidden();
    }

    @Test
    void theShippedBanksAreLoadedPerArea() {
        as("head").get().uri("/api/v1/question-banks").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.category == '$course$/securities-basics/trading-rules')].area")
                .isEqualTo("SECURITIES_BASICS");
    }
}
