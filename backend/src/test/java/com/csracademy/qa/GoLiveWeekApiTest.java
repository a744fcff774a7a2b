package com.csracademy.qa;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.csracademy.calendar.Calendars;
import com.csracademy.calendar.WorkingCalendar;
import com.csracademy.progression.Progression;
import com.csracademy.qa.persistence.GoLiveWeekDocument;
import com.csracademy.support.ApiTest;
import com.csracademy.support.ConcurrentRequests;
import com.csracademy.support.GoLiveFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.reset;

class GoLiveWeekApiTest extends ApiTest {


    @MockitoSpyBean
    Progression progression;

    @Autowired
    GoLiveWeeks weeks;

    @Autowired
    ReactiveMongoTemplate mongo;

    @Autowired
    Calendars calendars;

    @Autowired
    Clock clock;

    private String traineeInGoLiveWeek() {
        return GoLiveFixture.traineeInGoLiveWeek(this, progression, "gl", "A");
    }

    private String open(String trainee) {
        return GoLiveFixture.open(as("qa1"), trainee);
    }

    private static Map<String, Object> marks(List<Map<String, Object>> service) {
        return GoLiveFixture.marks(service);
    }

    private WebTestClient.ResponseSpec score(String who, String week, String date, String replaces,
                                             Map<String, Object> marks) {
        return GoLiveFixture.score(as(who), week, null, date, replaces, marks);
    }

    private JsonNode journey(String trainee) {
        return as("head").get().uri("/api/v1/trainees/{id}/journey", trainee).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static final List<String> DAYS = GoLiveFixture.DAYS;
    private static final int PER_DAY = GoLiveFixture.PER_DAY;

    /** GoLiveFixture.fill as qa1. */
    private void fill(String week, List<Map<String, Object>> service, String... alreadyCounted) {
        GoLiveFixture.fill(as("qa1"), week, service, alreadyCounted);
    }

    @Test
    void onlyQaTrainingSpecialistsAndAdminsOpenAWeekOfFiveWorkingDays() {
        String trainee = traineeInGoLiveWeek();
        for (String who : List.of("bm1", "head", trainee)) {
            as(who).post().uri("/api/v1/qa/weeks").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("traineeId", trainee, "startDate", "2026-11-23"))
                    .exchange().expectStatus().isForbidden();
        }
        String id = open(trainee);
        JsonNode week = as(trainee).get().uri("/api/v1/qa/weeks/{id}", id).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(week.get("endDate").asString()).isEqualTo("2026-11-27");
        assertThat(week.get("scorecard").get("version").asInt()).isEqualTo(1);
        as("t01").get().uri("/api/v1/qa/weeks/{id}", id).exchange().expectStatus().isForbidden();
        as("bm1").get().uri("/api/v1/trainees/{t}/go-live-weeks", trainee).exchange().expectStatus().isForbidden();
    }

    @Test
    void onlyAQaSpecialistScoresCalls() {
        String week = open(traineeInGoLiveWeek());
        score("head", week, "2026-11-24", null, marks(List.of())).expectStatus().isForbidden();
        score("ts1", week, "2026-11-24", null, marks(List.of())).expectStatus().isForbidden();
        score("qa2", week, "2026-11-24", null, marks(List.of())).expectStatus().isOk();
    }

    @Test
    void aCallOutsideTheWeekIsRejected() {
        String week = open(traineeInGoLiveWeek());
        score("qa1", week, "2026-11-30", null, marks(List.of())).expectStatus().isEqualTo(422);
        score("qa1", week, "2026-11-20", null, marks(List.of())).expectStatus().isEqualTo(422);
    }

    @Test
    void aDeductionBeyondTheItemsRangeOrWithoutAReasonIsRejected() {
        String week = open(traineeInGoLiveWeek());
        score("qa1", week, "2026-11-24", null, marks(List.of(Map.of("item", "opening-greeting", "points", 2,
                "reason", "未问候")))).expectStatus().isEqualTo(422);
        score("qa1", week, "2026-11-24", null, marks(List.of(Map.of("item", "opening-greeting", "points", 1))))
                .expectStatus().isEqualTo(422);
        JsonNode ok = score("qa1", week, "2026-11-24", null, marks(List.of(Map.of("item", "opening-greeting",
                "points", 1, "reason", "未按规范问候")))).expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        JsonNode call = ok.get("calls").get(0);
        // 25 + 24 = 49 → 98
        assertThat(call.get("normalised").decimalValue()).isEqualByComparingTo("98");
        assertThat(call.get("scorecardVersion").asInt()).isEqualTo(1);
    }

    @Test
    void aZeroScoreCallIsReplacedByACallCappedAtFifteenAndTheWeekCertifiesOnce() {
        String trainee = traineeInGoLiveWeek();
        String week = open(trainee);
        score("qa1", week, "2026-11-23", null, marks(List.of())).expectStatus().isOk();
        JsonNode withZero = score("qa1", week, "2026-11-24", null, marks(List.of(Map.of("item", "argument",
                "points", 25, "reason", "与客户争执")))).expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
        String zero = withZero.get("calls").get(1).get("id").asString();
        assertThat(withZero.get("calls").get(1).get("zero").asBoolean()).isTrue();
        as("qa1").post().uri("/api/v1/qa/weeks/{id}/close", week).exchange().expectStatus().isEqualTo(409);

        JsonNode replaced = score("qa1", week, "2026-11-25", zero, marks(List.of())).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        // knowledge 25 capped at 15 + service 25 = 40 → 80
        assertThat(replaced.get("calls").get(2).get("normalised").decimalValue()).isEqualByComparingTo("80");
        score("qa1", week, "2026-11-25", zero, marks(List.of())).expectStatus().isEqualTo(409);

        fill(week, List.of(), "2026-11-23", "2026-11-25");
        JsonNode closed = as("qa1").post().uri("/api/v1/qa/weeks/{id}/close", week).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        // 19 calls at 100 and the replacement at 80: 1980 / 20 = 99; the zero-score call is kept, not counted
        assertThat(closed.get("weekScore").decimalValue()).isEqualByComparingTo("99");
        assertThat(closed.get("countedCalls").asInt()).isEqualTo(20);
        assertThat(closed.get("calls").size()).isEqualTo(21);
        assertThat(closed.get("deliveredAt").isNull()).isFalse();
        JsonNode certified = journey(trainee);
        assertThat(certified.get("status").asString()).isEqualTo("CERTIFIED");
        int transitions = certified.get("history").size();

        as("qa1").post().uri("/api/v1/qa/weeks/{id}/close", week).exchange().expectStatus().isOk();
        score("qa1", week, "2026-11-26", null, marks(List.of())).expectStatus().isEqualTo(409);
        assertThat(journey(trainee).get("history").size()).isEqualTo(transitions);
    }

    @Test
    void aReplacementThatAlsoScoresZeroCountsAsZero() {
        String week = open(traineeInGoLiveWeek());
        List<Map<String, Object>> argument = List.of(Map.of("item", "argument", "points", 25, "reason", "争执"));
        score("qa1", week, "2026-11-23", null, marks(List.of())).expectStatus().isOk();
        String zero = score("qa1", week, "2026-11-24", null, marks(argument)).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("calls").get(1).get("id").asString();
        score("qa1", week, "2026-11-25", zero, marks(argument)).expectStatus().isOk();
        fill(week, List.of(), "2026-11-23", "2026-11-25");
        JsonNode closed = as("qa1").post().uri("/api/v1/qa/weeks/{id}/close", week).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        // 19 calls at 100 and the replacement at 0: 1900 / 20 = 95
        assertThat(closed.get("weekScore").decimalValue()).isEqualByComparingTo("95");
        assertThat(closed.get("countedCalls").asInt()).isEqualTo(20);
    }

    private JsonNode appeal(String who, String week, String callId, int status) {
        return as(who).post().uri("/api/v1/qa/weeks/{id}/calls/{c}/appeal", week, callId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "学员对耐心一项扣分有异议"))
                .exchange().expectStatus().isEqualTo(status).expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }

    private JsonNode rescore(String who, String week, String callId, int status, Map<String, Object> marks) {
        return as(who).post().uri("/api/v1/qa/weeks/{id}/calls/{c}/appeal/rescore", week, callId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "复听录音后重新评分", "marks", marks))
                .exchange().expectStatus().isEqualTo(status).expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }

    private String mentorOf(String trainee) {
        String mentor = registerPerson("mt", "MENTOR");
        as("ts1").post().uri("/api/v1/mentorships").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", trainee, "mentorId", mentor, "reason", "上线考评期间指导"))
                .exchange().expectStatus().isCreated();
        return mentor;
    }

    private String scoredCall(String week, String date, List<Map<String, Object>> service, int index) {
        return score("qa1", week, date, null, marks(service)).expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody().get("calls").get(index).get("id").asString();
    }

    private JsonNode close(String week) {
        return as("qa1").post().uri("/api/v1/qa/weeks/{id}/close", week).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static final List<Map<String, Object>> IMPATIENT = List.of(Map.of("item", "patience", "points", 2,
            "reason", "不耐烦"));
    /** Knowledge 25 + service 15 = 40 → 80. */
    private static final List<Map<String, Object>> ARGUED = List.of(Map.of("item", "argument", "points", 10,
            "reason", "与客户争执"));

    @Test
    void onlyTheTraineeOrTheirCurrentMentorAppealsACallAndOnlyOnce() {
        String trainee = traineeInGoLiveWeek();
        String mentor = mentorOf(trainee);
        String week = open(trainee);
        String first = scoredCall(week, "2026-11-23", IMPATIENT, 0);
        String second = scoredCall(week, "2026-11-24", IMPATIENT, 1);
        for (String who : List.of("t01", "m01", "qa1", "head", "bm1")) {
            appeal(who, week, first, 403);
        }
        JsonNode byTrainee = appeal(trainee, week, first, 200).get("calls").get(0).get("appeal");
        assertThat(byTrainee.get("filedBy").asString()).isEqualTo(trainee);
        assertThat(byTrainee.get("reason").asString()).isEqualTo("学员对耐心一项扣分有异议");
        assertThat(byTrainee.get("rescore").isNull()).isTrue();
        appeal(mentor, week, first, 409);
        assertThat(appeal(mentor, week, second, 200).get("calls").get(1).get("appeal").get("filedBy").asString())
                .isEqualTo(mentor);
        as(trainee).post().uri("/api/v1/qa/weeks/{id}/calls/{c}/appeal", week, first)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", " ")).exchange().expectStatus()
                .isBadRequest();
    }

    @Test
    void anAppealIsReScoredByAnotherQaSpecialistBothAreKeptTheLaterCountsAndASecondAppealConflicts() {
        String trainee = traineeInGoLiveWeek();
        String week = open(trainee);
        String call = scoredCall(week, "2026-11-23", IMPATIENT, 0);
        rescore("qa2", week, call, 409, marks(List.of()));
        appeal(trainee, week, call, 200);
        rescore("qa1", week, call, 403, marks(List.of()));
        rescore("head", week, call, 403, marks(List.of()));
        rescore("qa2", week, call, 422, marks(List.of(Map.of("item", "patience", "points", 1))));
        JsonNode c = rescore("qa2", week, call, 200, marks(List.of())).get("calls").get(0);
        // original 25 + 23 = 48 → 96; on appeal 50 → 100
        assertThat(c.get("normalised").decimalValue()).isEqualByComparingTo("96");
        assertThat(c.get("scoredBy").asString()).isEqualTo("qa1");
        assertThat(c.get("appeal").get("reason").asString()).isEqualTo("学员对耐心一项扣分有异议");
        assertThat(c.get("appeal").get("rescore").get("reason").asString()).isEqualTo("复听录音后重新评分");
        assertThat(c.get("appeal").get("rescore").get("normalised").decimalValue()).isEqualByComparingTo("100");
        assertThat(c.get("appeal").get("rescore").get("scoredBy").asString()).isEqualTo("qa2");
        rescore("qa2", week, call, 409, marks(List.of()));
        appeal(trainee, week, call, 409);
        fill(week, List.of(), "2026-11-23");
        assertThat(close(week).get("weekScore").decimalValue()).isEqualByComparingTo("100");
    }

    @Test
    void anAppealIsFiledUpToTheLastWorkingDayOfTheWindowAndNotAfter() {
        String trainee = traineeInGoLiveWeek();
        String week = open(trainee);
        String late = scoredCall(week, "2026-11-23", IMPATIENT, 0);
        String inTime = scoredCall(week, "2026-11-24", IMPATIENT, 1);
        WorkingCalendar calendar = calendars.calendar();
        LocalDate today = clock.instant().atZone(WorkingCalendar.ZONE).toLocalDate();
        // the latest day whose window (3 working days after it) ended before today, and the day after it
        LocalDate tooEarly = today.minusDays(1);
        while (!calendar.addWorkingDays(tooEarly, 3).isBefore(today)) {
            tooEarly = tooEarly.minusDays(1);
        }
        scoredOn(week, 0, tooEarly);
        scoredOn(week, 1, tooEarly.plusDays(1));
        JsonNode problem = appeal(trainee, week, late, 422);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("callId");
        appeal(trainee, week, inTime, 200);
    }

    @Test
    void theAppealDeadlineOfACallScoredOnAFridayIsTheThirdWorkingDayAfterTheWeekend() {
        String trainee = traineeInGoLiveWeek();
        String week = open(trainee);
        scoredCall(week, "2026-11-27", IMPATIENT, 0);
        scoredOn(week, 0, LocalDate.of(2026, 11, 27));
        JsonNode call = as(trainee).get().uri("/api/v1/qa/weeks/{id}", week).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("calls").get(0);
        // Friday 27 Nov → Mon 30, Tue 1, Wed 2 Dec
        assertThat(call.get("appealDeadline").asString()).isEqualTo("2026-12-02");
        JsonNode listed = as(trainee).get().uri("/api/v1/trainees/{t}/go-live-weeks", trainee).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(listed.get(0).get("calls").get(0).get("appealDeadline").asString()).isEqualTo("2026-12-02");
    }

    private void scoredOn(String week, int call, LocalDate day) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(week)), new Update().set("calls." + call + ".scoredAt",
                day.atTime(10, 0).atZone(WorkingCalendar.ZONE).toInstant()), GoLiveWeekDocument.class).block();
    }

    /** Knowledge 25 + service 18 = 43 → 86. */
    private static final List<Map<String, Object>> ARGUED_7 = List.of(Map.of("item", "argument", "points", 7,
            "reason", "与客户争执"));
    /** Knowledge 25 + service 1 = 26 → 52. */
    private static final List<Map<String, Object>> ARGUED_24 = List.of(Map.of("item", "argument", "points", 24,
            "reason", "与客户激烈争执"));

    private JsonNode lastTransition(String trainee) {
        JsonNode history = journey(trainee).get("history");
        return history.get(history.size() - 1);
    }

    @Test
    void anAppealAfterTheCloseCorrectsTheWeekAndProgressionReDecidesAnExtensionNotActedOn() {
        String trainee = traineeInGoLiveWeek();
        String week = open(trainee);
        String call = scoredCall(week, "2026-11-23", ARGUED_24, 0);
        fill(week, ARGUED_7, "2026-11-23");
        JsonNode closed = close(week);
        // (19 × 86 + 52) / 20 = 84.3
        assertThat(closed.get("weekScore").decimalValue()).isEqualByComparingTo("84.3");
        assertThat(journey(trainee).get("status").asString()).isEqualTo("EXTENDED");

        appeal(trainee, week, call, 200);
        JsonNode corrected = rescore("qa2", week, call, 200, marks(List.of()));
        // (19 × 86 + 100) / 20 = 86.7
        assertThat(corrected.get("weekScore").decimalValue()).isEqualByComparingTo("86.7");
        assertThat(corrected.get("deliveredScore").decimalValue()).isEqualByComparingTo("86.7");
        assertThat(corrected.get("deliveredRevision").asInt()).isEqualTo(1);
        JsonNode correction = corrected.get("corrections").get(0);
        assertThat(correction.get("cause").asString()).isEqualTo("APPEAL");
        assertThat(correction.get("callId").asString()).isEqualTo(call);
        assertThat(correction.get("previousScore").decimalValue()).isEqualByComparingTo("84.3");
        assertThat(correction.get("score").decimalValue()).isEqualByComparingTo("86.7");
        assertThat(journey(trainee).get("status").asString()).isEqualTo("CERTIFIED");
        JsonNode t = lastTransition(trainee);
        assertThat(t.get("decision").asString()).isEqualTo("GO_LIVE_REDECIDED");
        assertThat(t.get("trigger").asString()).isEqualTo("golive:" + week + ":rev:1");
    }

    @Test
    void aCorrectionProgressionCouldNotTakeIsRetriedByTheRedelivery() {
        String trainee = traineeInGoLiveWeek();
        String week = open(trainee);
        String call = scoredCall(week, "2026-11-23", ARGUED_24, 0);
        fill(week, ARGUED_7, "2026-11-23");
        close(week);
        java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();
        doAnswer(inv -> {
            com.csracademy.progression.GoLiveWeekCorrected r = inv.getArgument(0);
            if (r.traineeId().equals(trainee) && failures.getAndIncrement() == 0) {
                return Mono.error(new IllegalStateException("store down"));
            }
            return inv.callRealMethod();
        }).when(progression).goLiveWeekCorrected(any());
        try {
            appeal(trainee, week, call, 200);
            JsonNode pending = rescore("qa2", week, call, 200, marks(List.of()));
            assertThat(pending.get("deliveredScore").decimalValue()).isEqualByComparingTo("84.3");
            assertThat(pending.get("lastDeliveryError").asString()).contains("store down");
            assertThat(journey(trainee).get("status").asString()).isEqualTo("EXTENDED");
            assertThat(weeks.redeliverPending().block()).isGreaterThanOrEqualTo(1);
            assertThat(journey(trainee).get("status").asString()).isEqualTo("CERTIFIED");
            JsonNode delivered = as("qa1").get().uri("/api/v1/qa/weeks/{id}", week).exchange().expectStatus().isOk()
                    .expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(delivered.get("deliveredRevision").asInt()).isEqualTo(1);
            assertThat(delivered.get("deliveredScore").decimalValue()).isEqualByComparingTo("86.7");
        } finally {
            reset(progression);
        }
    }

    @Test
    void aClosedWeekWhoseScoreHasNotReachedProgressionDeliversTheCorrectedScore() {
        String trainee = traineeInGoLiveWeek();
        String week = open(trainee);
        String call = scoredCall(week, "2026-11-23", ARGUED_24, 0);
        fill(week, ARGUED_7, "2026-11-23");
        failFirstDeliveryOf(trainee);
        try {
            assertThat(close(week).get("deliveredAt").isNull()).isTrue();
            appeal(trainee, week, call, 200);
            JsonNode corrected = rescore("qa2", week, call, 200, marks(List.of()));
            // 84.3 → 86.7, delivered as the week's result itself: no correction event follows
            assertThat(corrected.get("weekScore").decimalValue()).isEqualByComparingTo("86.7");
            assertThat(corrected.get("deliveredScore").decimalValue()).isEqualByComparingTo("86.7");
            assertThat(corrected.get("deliveredRevision").asInt()).isEqualTo(1);
            assertThat(journey(trainee).get("status").asString()).isEqualTo("CERTIFIED");
            assertThat(lastTransition(trainee).get("decision").asString()).isEqualTo("CERTIFIED");
            assertThat(lastTransition(trainee).get("trigger").asString()).isEqualTo("golive:" + week);
        } finally {
            reset(progression);
        }
    }

    @Test
    void aCallMadeZeroOnAppealAfterTheCloseGetsItsReplacementWhichCorrectsTheWeek() {
        String trainee = traineeInGoLiveWeek();
        String week = open(trainee);
        scoredCall(week, "2026-11-23", List.of(), 0);
        String second = scoredCall(week, "2026-11-24", List.of(), 1);
        fill(week, List.of(), "2026-11-23", "2026-11-24");
        assertThat(close(week).get("weekScore").decimalValue()).isEqualByComparingTo("100");
        appeal(trainee, week, second, 200);
        JsonNode zeroed = rescore("qa2", week, second, 200, marks(List.of(Map.of("item", "argument", "points", 25,
                "reason", "复听发现与客户激烈争执"))));
        // awaiting its replacement, the score stands
        assertThat(zeroed.get("weekScore").decimalValue()).isEqualByComparingTo("100");
        assertThat(zeroed.get("corrections").size()).isZero();
        score("qa1", week, "2026-11-25", null, marks(List.of())).expectStatus().isEqualTo(409);
        JsonNode replaced = score("qa1", week, "2026-11-25", second, marks(List.of())).expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        // 19 calls at 100 + the replacement (knowledge capped at 15 + 25 = 40 → 80): 1980 / 20 = 99
        assertThat(replaced.get("weekScore").decimalValue()).isEqualByComparingTo("99");
        assertThat(replaced.get("countedCalls").asInt()).isEqualTo(20);
        assertThat(replaced.get("corrections").get(0).get("cause").asString()).isEqualTo("REPLACEMENT");
        // still ≥ 85: progression records the correction and the certification stands
        assertThat(replaced.get("deliveredRevision").asInt()).isEqualTo(1);
        assertThat(journey(trainee).get("status").asString()).isEqualTo("CERTIFIED");
        assertThat(lastTransition(trainee).get("decision").asString()).isEqualTo("GO_LIVE_CORRECTED");
    }

    /** The first delivery of the trainee's week score fails as if progression's store were down. */
    private void failFirstDeliveryOf(String trainee) {
        java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();
        doAnswer(inv -> {
            com.csracademy.progression.GoLiveWeekResult r = inv.getArgument(0);
            if (r.traineeId().equals(trainee) && failures.getAndIncrement() == 0) {
                return Mono.error(new IllegalStateException("store down"));
            }
            return inv.callRealMethod();
        }).when(progression).goLiveWeekScored(any());
    }

    @Test
    void aFailedDeliveryOfTheWeekScoreIsKeptAndRetriedByTheRedelivery() {
        String trainee = traineeInGoLiveWeek();
        String week = open(trainee);
        fill(week, List.of());
        failFirstDeliveryOf(trainee);
        try {
            JsonNode failed = as("qa1").post().uri("/api/v1/qa/weeks/{id}/close", week).exchange().expectStatus()
                    .isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
            assertThat(failed.get("deliveredAt").isNull()).isTrue();
            assertThat(failed.get("lastDeliveryError").asString()).contains("store down");
            assertThat(weeks.redeliverPending().block()).isGreaterThanOrEqualTo(1);
            assertThat(journey(trainee).get("status").asString()).isEqualTo("CERTIFIED");
        } finally {
            reset(progression);
        }
    }

    @Test
    void ofConcurrentOpeningsOfATraineesWeekExactlyOneWinsTheRestConflict() throws Exception {
        String trainee = traineeInGoLiveWeek();
        WebTestClient qa = as("qa1");
        List<Integer> statuses = ConcurrentRequests.statuses(8, () -> qa.post().uri("/api/v1/qa/weeks")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", trainee, "startDate", "2026-11-23")).exchange());
        ConcurrentRequests.assertOneCreatedRestConflict(statuses);
        assertThat(mongo.count(Query.query(Criteria.where("traineeId").is(trainee).and("closedAt").isNull()),
                GoLiveWeekDocument.class).block()).isEqualTo(1);
    }

    @Test
    void aTraineesNextWeekOpensOnceTheOpenOneIsClosed() {
        String trainee = traineeInGoLiveWeek();
        String first = open(trainee);
        as("qa1").post().uri("/api/v1/qa/weeks").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", trainee, "startDate", "2026-11-30")).exchange().expectStatus()
                .isEqualTo(409);
        fill(first, ARGUED);
        close(first);
        String second = as("qa1").post().uri("/api/v1/qa/weeks").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("traineeId", trainee, "startDate", "2026-11-30")).exchange().expectStatus()
                .isCreated().expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        assertThat(first).isEqualTo(trainee + ".golive.1");
        assertThat(second).isEqualTo(trainee + ".golive.2");
    }

    @Test
    void aWeekCannotCloseWhileAWorkingDayLacksItsSampleOfCountedCalls() {
        String trainee = traineeInGoLiveWeek();
        String week = open(trainee);
        for (int i = 0; i < 3; i++) {
            score("qa1", week, "2026-11-27", null, marks(List.of())).expectStatus().isOk();
        }
        String zero = scoredCall(week, "2026-11-27", List.of(Map.of("item", "argument", "points", 25,
                "reason", "与客户争执")), 3);
        // the replacement is a call of the 26th: it counts for the 26th, the 27th stays one short
        score("qa1", week, "2026-11-26", zero, marks(List.of())).expectStatus().isOk();
        fill(week, List.of(), "2026-11-26", "2026-11-27", "2026-11-27", "2026-11-27", "2026-11-27");
        JsonNode problem = as("qa1").post().uri("/api/v1/qa/weeks/{id}/close", week).exchange().expectStatus()
                .isEqualTo(422).expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(problem.get("errors").size()).isEqualTo(1);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("calls[2026-11-27]");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("3 counted", "4 required");
        assertThat(problem.get("detail").asString()).contains("1 working day");
        JsonNode kept = as("qa1").get().uri("/api/v1/qa/weeks/{id}", week).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(kept.get("closedAt").isNull()).isTrue();
        assertThat(kept.get("calls").size()).isEqualTo(20);

        score("qa1", week, "2026-11-27", null, marks(List.of())).expectStatus().isOk();
        JsonNode closed = close(week);
        // 19 calls at 100 and the replacement at 80 (knowledge capped at 15): 1980 / 20 = 99
        assertThat(closed.get("countedCalls").asInt()).isEqualTo(20);
        assertThat(closed.get("weekScore").decimalValue()).isEqualByComparingTo("99");
    }

    @Test
    void anEmptyWeekListsEveryWorkingDayShort() {
        String week = open(traineeInGoLiveWeek());
        score("qa1", week, "2026-11-24", null, marks(List.of())).expectStatus().isOk();
        JsonNode problem = as("qa1").post().uri("/api/v1/qa/weeks/{id}/close", week).exchange().expectStatus()
                .isEqualTo(422).expectBody(JsonNode.class).returnResult().getResponseBody();
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactly("calls[2026-11-23]", "calls[2026-11-24]", "calls[2026-11-25]",
                "calls[2026-11-26]", "calls[2026-11-27]");
        assertThat(problem.get("errors").get(1).get("message").asString()).contains("1 counted");
    }

    /** Knowledge 25 + service 17 = 42 → 84. */
    private static final List<Map<String, Object>> ARGUED_8 = List.of(Map.of("item", "argument", "points", 8,
            "reason", "与客户争执"));

    @Test
    void aWeekMeanOfExactly85Certifies() {
        String trainee = traineeInGoLiveWeek();
        String week = open(trainee);
        WebTestClient qa = as("qa1");
        for (String day : DAYS) {
            for (int i = 0; i < PER_DAY; i++) {
                GoLiveFixture.score(qa, week, null, day, null, marks(i % 2 == 0 ? ARGUED_7 : ARGUED_8))
                        .expectStatus().isOk();
            }
        }
        JsonNode closed = close(week);
        // ten calls at 86 and ten at 84: 1700 / 20 = 85
        assertThat(closed.get("weekScore").decimalValue()).isEqualByComparingTo("85");
        assertThat(journey(trainee).get("status").asString()).isEqualTo("CERTIFIED");
        assertThat(lastTransition(trainee).get("explanation").asString()).contains("85.0 ≥ 85");
    }

    @Test
    void rejectedScoresLeaveTheWeeksCallsAsTheyWere() {
        String week = open(traineeInGoLiveWeek());
        String kept = scoredCall(week, "2026-11-24", IMPATIENT, 0);
        score("qa1", week, "2026-11-30", null, marks(List.of())).expectStatus().isEqualTo(422);
        score("qa1", week, "2026-11-24", null, marks(List.of(Map.of("item", "patience", "points", 3,
                "reason", "不耐烦")))).expectStatus().isEqualTo(422);
        score("qa1", week, "2026-11-24", null, marks(List.of(Map.of("item", "patience", "points", 1))))
                .expectStatus().isEqualTo(422);
        score("qa1", week, "2026-11-24", kept, marks(List.of())).expectStatus().isEqualTo(422);
        JsonNode w = as("qa1").get().uri("/api/v1/qa/weeks/{id}", week).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(w.get("calls").size()).isEqualTo(1);
        assertThat(w.get("calls").get(0).get("id").asString()).isEqualTo(kept);
        // 25 + 23 = 48 → 96
        assertThat(w.get("calls").get(0).get("normalised").decimalValue()).isEqualByComparingTo("96");
    }
}
