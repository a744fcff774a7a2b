package com.csracademy.concurrency;

import java.util.List;
import java.util.UUID;

import com.csracademy.progression.Progression;
import com.csracademy.support.ApiTest;
import com.csracademy.support.GoLiveFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two QA specialists scoring the same sampled call of a go-live week at the same instant: the week document is
 * optimistically locked, so exactly one score is kept and the other specialist gets 409 {@code call-scored};
 * never two scores for one call, never a lost one. docs/security.md, "Concurrency".
 */
class QaScoreRaceApiTest extends ApiTest {

    private static final int ROUNDS = 50;

    @Autowired
    Progression progression;

    private String traineeInGoLiveWeek() {
        return GoLiveFixture.traineeInGoLiveWeek(this, progression, "qr", "A");
    }

    private static int score(WebTestClient qa, String week, String callRef, String date) {
        return GoLiveFixture.score(qa, week, callRef, date, null, GoLiveFixture.marks(List.of()))
                .returnResult(Void.class).getStatus().value();
    }

    @Test
    void twoQaSpecialistsScoringOneCallKeepExactlyOneScore() throws Exception {
        String trainee = traineeInGoLiveWeek();
        WebTestClient qa1 = as("qa1");
        WebTestClient qa2 = as("qa2");
        String week = GoLiveFixture.open(qa1, trainee);
        try (Race race = new Race()) {
            for (int round = 0; round < ROUNDS; round++) {
                String callRef = "race-" + round + "-" + UUID.randomUUID().toString().substring(0, 8);
                String date = GoLiveFixture.DAYS.get(round % GoLiveFixture.DAYS.size());
                List<Integer> statuses = race.run(() -> score(qa1, week, callRef, date),
                        () -> score(qa2, week, callRef, date));
                assertThat(statuses).as("round %d", round).containsExactlyInAnyOrder(200, 409);

                JsonNode calls = qa1.get().uri("/api/v1/qa/weeks/{id}", week).exchange().expectStatus().isOk()
                        .expectBody(JsonNode.class).returnResult().getResponseBody().get("calls");
                List<JsonNode> scored = new java.util.ArrayList<>();
                calls.forEach(c -> {
                    if (c.get("callRef").asString().equals(callRef)) {
                        scored.add(c);
                    }
                });
                assertThat(scored).as("round %d", round).hasSize(1);
                String winner = statuses.get(0) == 200 ? "qa1" : "qa2";
                assertThat(scored.get(0).get("scoredBy").asString()).as("round %d", round).isEqualTo(winner);
            }
        }
    }
}
