package com.csracademy.monitoring;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class DrillsApiTest extends ApiTest {

    private static final String SCRIPT = "您好！很高兴为您服务。请问您的银证转账是在交易时间内发起的吗？我先为您核实银行卡状态。";

    private MonitoringFixture fixture;
    private String today;

    @BeforeEach
    void fixture() {
        fixture = new MonitoringFixture(this::as);
        today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    @Test
    void aCategoryBTraineeCannotBePutInADrill() {
        String a = fixture.mentoredTrainee("A")[0];
        String b = fixture.mentoredTrainee("B")[0];
        fixture.createDrill("ts1", today, a, b).expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://csr-academy.example/problems/drills-category-a-only")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("category-B"))
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("traineeIds[1]");
        as(a).get().uri("/api/v1/trainees/{id}/drills", a).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.length()").isEqualTo(0);
    }

    @Test
    void theRunnerScoresAndTheTraineeWritesUpTheDaysScripts() {
        String[] first = fixture.mentoredTrainee();
        String[] second = fixture.mentoredTrainee();
        String session = fixture.drill("ts1", today, first[0], second[0]);

        fixture.scoreDrill("ts1", session, first[0], 86).expectStatus().isOk().expectBody()
                .jsonPath("$.participants[0].scores[0].score").isEqualTo(86)
                .jsonPath("$.participants[0].scores[0].scoredBy").isEqualTo("ts1");
        fixture.writeUp(first[0], session, first[0], SCRIPT).expectStatus().isOk().expectBody()
                .jsonPath("$.participants.length()").isEqualTo(1)
                .jsonPath("$.participants[0].writeUps[0].version").isEqualTo(1);
        fixture.writeUp(first[0], session, first[0], SCRIPT).expectStatus().isOk().expectBody()
                .jsonPath("$.participants[0].writeUps.length()").isEqualTo(1);
        fixture.scoreDrill(second[1], session, second[0], 72).expectStatus().isOk();
        fixture.scoreDrill("ts1", session, first[0], 90).expectStatus().isOk();

        as(first[0]).get().uri("/api/v1/trainees/{id}/drills", first[0]).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.length()").isEqualTo(1)
                .jsonPath("$[0].day").isEqualTo(today)
                .jsonPath("$[0].participant.scores.length()").isEqualTo(2)
                .jsonPath("$[0].participant.scores[0].score").isEqualTo(86)
                .jsonPath("$[0].participant.scores[1].score").isEqualTo(90)
                .jsonPath("$[0].participant.writeUps[0].text").isEqualTo(SCRIPT);
        as(first[0]).get().uri("/api/v1/drills/{id}", session).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.participants.length()").isEqualTo(1)
                .jsonPath("$.participants[0].traineeId").isEqualTo(first[0]);
        as("ts1").get().uri("/api/v1/drills/{id}", session).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.participants.length()").isEqualTo(2)
                .jsonPath("$.participants[1].scores[0].score").isEqualTo(72);
    }

    @Test
    void aMentorRunsDrillsOnlyWithTheirCurrentMentee() {
        String[] mine = fixture.mentoredTrainee();
        String[] theirs = fixture.mentoredTrainee();
        fixture.createDrill(mine[1], today, mine[0], theirs[0]).expectStatus().isForbidden();
        String session = fixture.drill(mine[1], today, mine[0]);
        fixture.scoreDrill(mine[1], session, mine[0], 80).expectStatus().isOk();
    }

    @Test
    void scoresComeOnlyFromTheRunnerOrTheTraineesCurrentMentor() {
        String[] pair = fixture.mentoredTrainee();
        String session = fixture.drill("ts1", today, pair[0]);
        fixture.scoreDrill("m01", session, pair[0], 80).expectStatus().isForbidden();
        fixture.scoreDrill("head", session, pair[0], 80).expectStatus().isForbidden();
        fixture.scoreDrill(pair[0], session, pair[0], 80).expectStatus().isForbidden();
        fixture.scoreDrill("bm1", session, pair[0], 80).expectStatus().isForbidden();
        fixture.scoreDrill(pair[1], session, pair[0], 80).expectStatus().isOk();
        fixture.scoreDrill("ts1", session, "t01", 80).expectStatus().isNotFound();
    }

    @Test
    void onlyTheTraineeWritesUpAndSeesTheirOwnDrills() {
        String[] pair = fixture.mentoredTrainee();
        String other = fixture.mentoredTrainee()[0];
        String session = fixture.drill("ts1", today, pair[0], other);
        fixture.writeUp(other, session, pair[0], SCRIPT).expectStatus().isForbidden();
        fixture.writeUp(pair[1], session, pair[0], SCRIPT).expectStatus().isForbidden();
        as(other).get().uri("/api/v1/trainees/{id}/drills", pair[0]).exchange().expectStatus().isForbidden();
        as("m01").get().uri("/api/v1/trainees/{id}/drills", pair[0]).exchange().expectStatus().isForbidden();
        as("bm1").get().uri("/api/v1/trainees/{id}/drills", pair[0]).exchange().expectStatus().isForbidden();
        as("bm1").get().uri("/api/v1/drills/{id}", session).exchange().expectStatus().isForbidden();
        as("qa1").get().uri("/api/v1/trainees/{id}/drills", pair[0]).exchange().expectStatus().isForbidden();
        as(pair[1]).get().uri("/api/v1/trainees/{id}/drills", pair[0]).exchange().expectStatus().isOk();
        as("head").get().uri("/api/v1/trainees/{id}/drills", pair[0]).exchange().expectStatus().isOk();
        web.get().uri("/api/v1/trainees/{id}/drills", pair[0]).exchange().expectStatus().isUnauthorized();
        web.post().uri("/api/v1/drills").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("day", today, "scenario", "演练", "traineeIds", java.util.List.of(pair[0])))
                .exchange().expectStatus().isUnauthorized();
        fixture.createDrill("bm1", today, pair[0]).expectStatus().isForbidden();
        fixture.createDrill(pair[0], today, pair[0]).expectStatus().isForbidden();
    }

    @Test
    void badScoresAndWriteUpsAreProblemsWithFieldErrors() {
        String[] pair = fixture.mentoredTrainee();
        String session = fixture.drill("ts1", today, pair[0]);
        fixture.scoreDrill("ts1", session, pair[0], 101).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("score");
        fixture.scoreDrill("ts1", session, pair[0], -1).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("score");
        fixture.writeUp(pair[0], session, pair[0], " ").expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("text");
        as("ts1").post().uri("/api/v1/drills").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("day", today, "scenario", "", "traineeIds", java.util.List.of()))
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors.length()").isEqualTo(2);
        fixture.createDrill("ts1", today, pair[0], pair[0]).expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("traineeIds");

        String tomorrow = LocalDate.parse(today).plusDays(1).toString();
        String future = fixture.drill("ts1", tomorrow, pair[0]);
        fixture.scoreDrill("ts1", future, pair[0], 80).expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("day");
    }

    @Test
    void theDrillsStepNeedsScoredAndWrittenUpSessions() {
        String[] pair = fixture.mentoredTrainee();
        fixture.moveTo(pair[0], "drills");
        complete(pair[1], pair[0]).expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT).expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("drills");

        String first = fixture.drill(pair[1], today, pair[0]);
        String second = fixture.drill("ts1", today, pair[0]);
        fixture.scoreDrill(pair[1], first, pair[0], 84).expectStatus().isOk();
        fixture.scoreDrill("ts1", second, pair[0], 88).expectStatus().isOk();
        fixture.writeUp(pair[0], first, pair[0], SCRIPT).expectStatus().isOk();
        complete(pair[1], pair[0]).expectStatus().isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT).expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("drills")
                .jsonPath("$.errors[0].message").value(m -> assertThat((String) m).contains("1 so far")
                        .contains(second + ": no write-up"));
        assertThat(step(pair[0])).isEqualTo("drills");

        fixture.writeUp(pair[0], second, pair[0], SCRIPT + "（第二场）").expectStatus().isOk();
        complete(pair[1], pair[0]).expectStatus().isOk().expectBody()
                .jsonPath("$.evidence.drillSessions.length()").isEqualTo(2)
                .jsonPath("$.evidence.drillSessionsRequired").isEqualTo(2);
        assertThat(step(pair[0])).isEqualTo("golive-non-trading");
    }

    private WebTestClient.ResponseSpec complete(String who, String trainee) {
        return as(who).post().uri("/api/v1/trainees/{id}/steps/drills/complete", trainee).exchange();
    }

    private String step(String trainee) {
        return (String) as("head").get().uri("/api/v1/trainees/{id}/journey", trainee).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("step");
    }
}
