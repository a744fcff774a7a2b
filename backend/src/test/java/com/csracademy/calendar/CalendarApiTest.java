package com.csracademy.calendar;

import java.util.Map;

import com.csracademy.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.ArrayNode;

class CalendarApiTest extends ApiTest {

    @Test
    void answersWorkingDayArithmeticAndTradingHours() {
        as("t01").get().uri("/api/v1/calendars/working-days/add?from=2026-09-30&days=3").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.date").isEqualTo("2026-10-10");
        as("t01").get().uri("/api/v1/calendars/trading-hours?at=2026-10-10T02:00:00Z").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.tradingHours").isEqualTo(false)
                .jsonPath("$.workingDay").isEqualTo(true)
                .jsonPath("$.tradingDay").isEqualTo(false);
        as("t01").get().uri("/api/v1/calendars/trading-days?from=2026-10-01&to=2026-10-11").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.count").isEqualTo(2);
    }

    @Test
    void aNegativeDayCountIs400WithTheParameter() {
        as("t01").get().uri("/api/v1/calendars/working-days/add?from=2026-09-30&days=-1").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void onlyAnAdminAmendsAYearAndTheChangeIsUsedAtOnce() {
        JsonNode stored = as("admin").get().uri("/api/v1/calendars/2027").exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        ObjectNode calendar = (ObjectNode) stored.get("calendar").deepCopy();
        long version = stored.get("version").asLong();
        ((ArrayNode) calendar.get("makeUpWorkdays")).addObject().put("date", "2027-02-20").put("name", "春节调休上班");
        Map<String, Object> body = Map.of("calendar", JsonMapper.shared().convertValue(calendar, Map.class),
                "version", version, "reason", "国务院2027年放假安排发布");

        as("ts1").put().uri("/api/v1/calendars/2027").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isForbidden();
        as("admin").put().uri("/api/v1/calendars/2027").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.amendedBy").isEqualTo("admin");
        as("t01").get().uri("/api/v1/calendars/trading-hours?at=2027-02-20T02:00:00Z").exchange()
                .expectBody().jsonPath("$.workingDay").isEqualTo(true).jsonPath("$.tradingDay").isEqualTo(false);
        // the same stale version again is a conflict, not a silent overwrite
        as("admin").put().uri("/api/v1/calendars/2027").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void anAmendmentPuttingAMakeUpDayOnAWeekdayIsRejectedWithTheField() {
        JsonNode stored = as("admin").get().uri("/api/v1/calendars/2026").exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        ObjectNode calendar = (ObjectNode) stored.get("calendar").deepCopy();
        ((ArrayNode) calendar.get("makeUpWorkdays")).addObject().put("date", "2026-11-25").put("name", "错误");
        as("admin").put().uri("/api/v1/calendars/2026").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("calendar", JsonMapper.shared().convertValue(calendar, Map.class),
                        "version", stored.get("version").asLong(), "reason", "测试"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("calendar.makeUpDaysOnWeekends");
    }
}
