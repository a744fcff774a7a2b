package com.csracademy.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.csracademy.progression.GoLiveWeekResult;
import com.csracademy.progression.Progression;
import com.csracademy.progression.ShadowingResult;
import com.csracademy.reporting.persistence.ReportList;
import com.csracademy.reporting.persistence.ReportRow;
import com.csracademy.reporting.persistence.ReportSummary;
import com.csracademy.support.ApiTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The read model fed by the modules' events, its API, its exports and its rebuild. */
class ReportingApiTest extends ApiTest {

    @Autowired
    ReactiveMongoTemplate mongo;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    Progression progression;
    @Autowired
    ReportModel model;

    private ReportingFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ReportingFixture(this::as, mongo, publisher, progression);
    }

    private void flush() {
        model.flush().block(Duration.ofSeconds(60));
    }

    /** What the model holds for a trainee and a cohort, for a failure message (a rare CI failure left no other trace). */
    private String modelOf(String trainee, String cohort) {
        return "row " + mongo.findById(trainee, ReportRow.class).block(Duration.ofSeconds(10))
                + ", lists " + mongo.find(new Query(where("summaryId").is(ReportSummary.cohort(cohort))), ReportList.class)
                        .collectList().block(Duration.ofSeconds(10))
                + ", journey " + progression.currentStep(trainee).block(Duration.ofSeconds(10))
                + ", queued " + model.pending();
    }

    private JsonNode get(String who, String uri, Object... vars) {
        return as(who).get().uri(uri, vars).exchange().expectStatus().isOk().expectBody(JsonNode.class)
                .returnResult().getResponseBody();
    }

    private static long funnel(JsonNode summary, String stage, String status) {
        for (JsonNode cell : summary.get("funnel")) {
            if (cell.get("stage").asString().equals(stage) && cell.get("status").asString().equals(status)) {
                return cell.get("trainees").asLong();
            }
        }
        throw new AssertionError("no funnel cell " + stage + "/" + status);
    }

    private static JsonNode distribution(JsonNode summary, String name) {
        for (JsonNode d : summary.get("distributions")) {
            if (d.get("name").asString().equals(name)) {
                return d;
            }
        }
        throw new AssertionError("no distribution " + name);
    }

    private static long bucket(JsonNode distribution, String range) {
        for (JsonNode b : distribution.get("buckets")) {
            if (b.get("range").asString().equals(range)) {
                return b.get("trainees").asLong();
            }
        }
        throw new AssertionError("no bucket " + range);
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false).map(i -> i.get("traineeId").asString()).toList();
    }

    @Test
    void enrolmentsJourneysScoresFormsAndCallsMoveTheCohortSummaryAndTheAtRiskList() {
        String cohort = fixture.cohort();
        String passer = fixture.trainee(cohort, "A", ReportingFixture.today());
        String remedial = fixture.trainee(cohort, "A", ReportingFixture.today());
        String late = fixture.trainee(cohort, "B", ReportingFixture.today().minusMonths(2));
        flush();
        JsonNode enrolled = get("head", "/api/v1/reports/cohorts/{id}/summary", cohort);
        assertThat(enrolled.get("trainees").asLong()).isEqualTo(3);
        assertThat(funnel(enrolled, "CLASSROOM", "ON_TRACK")).isEqualTo(3);
        assertThat(enrolled.get("risks").get("OVERDUE").asLong()).isEqualTo(1);

        fixture.knowledge(passer, 1, "95", "92", "90", "91");
        fixture.knowledge(remedial, 1, "80", "85", "90", "70");
        Instant now = Instant.now();
        progression.shadowingEvaluated(new ShadowingResult("s-" + passer, passer, new BigDecimal("88"),
                new BigDecimal("93"), now)).block();
        String mentor = fixture.mentor(passer);
        fixture.submittedForm(passer);
        fixture.call(passer, "C1", true, mentor);
        fixture.call(passer, "C2", false, mentor);
        flush();

        JsonNode summary = get("ts1", "/api/v1/reports/cohorts/{id}/summary", cohort);
        assertThat(funnel(summary, "MONITORING", "ON_TRACK")).isEqualTo(1);
        assertThat(funnel(summary, "CLASSROOM", "REMEDIAL")).isEqualTo(1);
        assertThat(funnel(summary, "CLASSROOM", "ON_TRACK")).isEqualTo(1);
        JsonNode basics = distribution(summary, "SECURITIES_BASICS");
        assertThat(basics.get("trainees").asLong()).isEqualTo(2);
        assertThat(bucket(basics, "90-100")).isEqualTo(1);
        assertThat(bucket(basics, "80-89")).isEqualTo(1);
        JsonNode average = distribution(summary, "KNOWLEDGE_AVERAGE");
        // (92 + 81.25) / 2 = 86.625
        assertThat(average.get("mean").decimalValue()).isEqualByComparingTo("86.6");
        JsonNode shadowing = distribution(summary, "SHADOWING");
        assertThat(shadowing.get("mean").decimalValue()).isEqualByComparingTo("90.5");
        assertThat(bucket(shadowing, "90-100")).isEqualTo(1);
        JsonNode mentorLine = summary.get("mentors").get(0);
        assertThat(mentorLine.get("mentorId").asString()).isEqualTo(mentor);
        assertThat(mentorLine.get("mentees").asLong()).isEqualTo(1);
        assertThat(mentorLine.get("backlog").asLong()).isEqualTo(1);
        assertThat(mentorLine.get("calls").asLong()).isEqualTo(2);
        assertThat(mentorLine.get("sharePercent").decimalValue()).isEqualByComparingTo("50.0");
        assertThat(mentorLine.get("belowTarget").asBoolean()).isTrue();
        assertThat(summary.get("risks").get("REMEDIAL").asLong()).isEqualTo(1);
        assertThat(summary.get("risks").get("SHARE_BELOW_TARGET").asLong()).isEqualTo(1);
        assertThat(summary.get("atRisk").asLong()).isEqualTo(3);

        JsonNode atRisk = get("head", "/api/v1/reports/cohorts/{id}/at-risk", cohort);
        assertThat(atRisk.get("total").asLong()).isEqualTo(3);
        assertThat(ids(atRisk)).containsExactlyElementsOf(List.of(passer, remedial, late).stream().sorted().toList());
        JsonNode passerLine = atRisk.get("items").get(ids(atRisk).indexOf(passer));
        assertThat(passerLine.get("risks").toString()).isEqualTo("[\"SHARE_BELOW_TARGET\"]");
        JsonNode overdue = get("head", "/api/v1/reports/cohorts/{id}/overdue", cohort);
        assertThat(ids(overdue)).containsExactly(late);

        // the mentor monitors the second call: more than half now, the share risk goes
        as(mentor).post().uri("/api/v1/trainees/{id}/calls/{call}/monitored", passer, "C2").exchange()
                .expectStatus().isOk();
        flush();
        JsonNode after = get("head", "/api/v1/reports/cohorts/{id}/summary", cohort);
        assertThat(after.get("risks").get("SHARE_BELOW_TARGET").asLong()).isZero();
        assertThat(after.get("mentors").get(0).get("sharePercent").decimalValue()).isEqualByComparingTo("100.0");

        JsonNode department = get("head", "/api/v1/reports/departments/{id}/summary", "csc");
        assertThat(department.get("trainees").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(funnel(department, "CLASSROOM", "REMEDIAL")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void goLiveScoresAndEscalationsAreReported() {
        String cohort = fixture.cohort();
        String trainee = fixture.trainee(cohort, "B", ReportingFixture.today());
        fixture.knowledge(trainee, 1, "95", "95", "95", "95");
        Instant now = Instant.now();
        progression.shadowingEvaluated(new ShadowingResult("s-" + trainee, trainee, new BigDecimal("85"),
                new BigDecimal("85"), now)).block();
        for (String step : List.of("monitoring", "golive-non-trading", "golive-trading", "golive-full-day")) {
            progression.stepCompleted(new com.csracademy.progression.StepCompleted("step-" + step + "-" + trainee,
                    trainee, step, Map.of(), now)).block();
        }
        progression.goLiveWeekScored(new GoLiveWeekResult("g1-" + trainee, trainee, new BigDecimal("80"), 20, now)).block();
        flush();
        JsonNode extended = get("head", "/api/v1/reports/cohorts/{id}/summary", cohort);
        assertThat(funnel(extended, "MONITORING", "EXTENDED")).isEqualTo(1);
        assertThat(bucket(distribution(extended, "GO_LIVE"), "80-89")).isEqualTo(1);
        assertThat(extended.get("risks").get("EXTENDED").asLong()).isEqualTo(1);

        progression.stepCompleted(new com.csracademy.progression.StepCompleted("step-again-" + trainee, trainee,
                "golive-full-day", Map.of(), now)).block();
        progression.goLiveWeekScored(new GoLiveWeekResult("g2-" + trainee, trainee, new BigDecimal("82"), 20, now)).block();
        flush();
        JsonNode escalated = get("head", "/api/v1/reports/cohorts/{id}/summary", cohort);
        assertThat(funnel(escalated, "GO_LIVE_ASSESSMENT", "ESCALATED")).isEqualTo(1);
        assertThat(funnel(escalated, "MONITORING", "EXTENDED")).isZero();
        JsonNode goLive = distribution(escalated, "GO_LIVE");
        assertThat(goLive.get("trainees").asLong()).isEqualTo(1);
        assertThat(goLive.get("mean").decimalValue()).isEqualByComparingTo("82.0");
        assertThat(escalated.get("risks").get("ESCALATED").asLong()).isEqualTo(1);
        assertThat(get("head", "/api/v1/reports/cohorts/{id}/at-risk", cohort).get("items").get(0).get("risks")
                .toString()).contains("ESCALATED");
    }

    @Test
    void theSameEventTwiceChangesNothing() {
        String cohort = fixture.cohort();
        String trainee = fixture.trainee(cohort, "A", ReportingFixture.today());
        fixture.knowledge(trainee, 1, "80", "85", "90", "70");
        flush();
        ReportRow before = mongo.findById(trainee, ReportRow.class).block();
        ReportSummary summaryBefore = mongo.findById(ReportSummary.cohort(cohort), ReportSummary.class).block();
        List<Object> replayed = new ArrayList<>();
        replayed.addAll(events.of(com.csracademy.progression.JourneyChanged.class).stream()
                .filter(e -> e.traineeId().equals(trainee)).toList());
        replayed.addAll(events.of(com.csracademy.quiz.KnowledgeAssessed.class).stream()
                .filter(e -> e.traineeId().equals(trainee)).toList());
        replayed.addAll(events.of(com.csracademy.people.TraineeEnrolled.class).stream()
                .filter(e -> e.traineeId().equals(trainee)).toList());
        assertThat(replayed).hasSize(3);
        replayed.forEach(publisher::publishEvent);
        replayed.forEach(publisher::publishEvent);
        flush();
        ReportRow after = mongo.findById(trainee, ReportRow.class).block();
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.facts().sameAs(before.facts())).isTrue();
        assertThat(mongo.findById(ReportSummary.cohort(cohort), ReportSummary.class).block().counters())
                .isEqualTo(summaryBefore.counters());
    }

    @Test
    void aRebuildFromTheSourceCollectionsEqualsTheIncrementalModel() {
        String cohort = fixture.cohort();
        String passer = fixture.trainee(cohort, "A", ReportingFixture.today());
        String remedial = fixture.trainee(cohort, "B", ReportingFixture.today());
        fixture.knowledge(passer, 1, "100", "95", "90", "99");
        fixture.knowledge(remedial, 1, "60", "85", "90", "70");
        progression.shadowingEvaluated(new ShadowingResult("s-" + passer, passer, new BigDecimal("76"),
                new BigDecimal("81"), Instant.now())).block();
        String mentor = fixture.mentor(passer);
        fixture.submittedForm(passer);
        fixture.call(passer, "R1", true, mentor);
        flush();
        Map<String, Long> incremental = nonZero(mongo.findById(ReportSummary.cohort(cohort), ReportSummary.class)
                .block().counters());
        List<ReportRow> incrementalRows = rows(cohort);
        JsonNode incrementalSummary = get("head", "/api/v1/reports/cohorts/{id}/summary", cohort);
        JsonNode incrementalAtRisk = get("head", "/api/v1/reports/cohorts/{id}/at-risk", cohort);
        assertThat(incrementalSummary.get("mentors").get(0).get("name").asString()).isNotBlank();
        assertThat(incrementalSummary.get("atRisk").asLong()).isEqualTo(incrementalAtRisk.get("total").asLong())
                .isEqualTo(1);

        JsonNode result = as("admin").post().uri("/api/v1/reports/rebuild").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(result.get("rows").asLong()).isEqualTo(mongo.count(new Query(), "trainees").block());

        assertThat(nonZero(mongo.findById(ReportSummary.cohort(cohort), ReportSummary.class).block().counters()))
                .isEqualTo(incremental);
        List<ReportRow> rebuilt = rows(cohort);
        assertThat(rebuilt).hasSize(2);
        for (int i = 0; i < rebuilt.size(); i++) {
            assertThat(rebuilt.get(i).facts().sameAs(incrementalRows.get(i).facts()))
                    .as("facts of %s", rebuilt.get(i).traineeId()).isTrue();
            assertThat(rebuilt.get(i).risks()).isEqualTo(incrementalRows.get(i).risks());
            assertThat(rebuilt.get(i).counted()).isEqualTo(incrementalRows.get(i).counted());
        }
        assertThat(get("head", "/api/v1/reports/cohorts/{id}/summary", cohort)).isEqualTo(incrementalSummary);
        assertThat(get("head", "/api/v1/reports/cohorts/{id}/at-risk", cohort)).isEqualTo(incrementalAtRisk);
        as("head").post().uri("/api/v1/reports/rebuild").exchange().expectStatus().isForbidden();
    }

    private List<ReportRow> rows(String cohort) {
        return mongo.find(new Query(where("cohortId").is(cohort)), ReportRow.class).collectList().block().stream()
                .sorted(Comparator.comparing(ReportRow::traineeId)).toList();
    }

    private static Map<String, Long> nonZero(Map<String, Long> counters) {
        Map<String, Long> kept = new java.util.TreeMap<>(counters);
        kept.values().removeIf(v -> v == 0);
        return kept;
    }

    @Test
    void everyTableExportsAsCsvWithChineseOrEnglishHeaders() throws IOException {
        String cohort = fixture.cohort();
        String trainee = fixture.trainee(cohort, "A", ReportingFixture.today());
        fixture.knowledge(trainee, 1, "80", "85", "90", "70");
        flush();
        EntityExchangeResult<byte[]> csv = as("head").get()
                .uri("/api/v1/reports/cohorts/{id}/tables/at-risk.csv", cohort).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(new MediaType("text", "csv"))
                .expectBody().returnResult();
        assertThat(csv.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment").contains("at-risk-" + cohort + ".csv");
        String text = new String(csv.getResponseBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records.get(0).get(0)).isEqualTo("学员编号");
        assertThat(records.get(0).get(1)).isEqualTo("姓名");
        assertThat(records).as(() -> "the at-risk table of " + trainee + "; " + modelOf(trainee, cohort)).hasSize(2);
        assertThat(records.get(1).get(0)).isEqualTo(trainee);
        assertThat(records.get(1).get(1)).isEqualTo("测试" + trainee);
        assertThat(records.get(1).get(6)).isEqualTo("REMEDIAL");
        assertThat(records.get(1).get(8)).isEqualTo("REMEDIAL");
        assertThat(records.get(1).get(10)).isEqualTo("81.25");

        String english = new String(as("head").get().uri("/api/v1/reports/cohorts/{id}/tables/funnel.csv", cohort)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9,zh-CN;q=0.5").exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseBody(), StandardCharsets.UTF_8);
        List<CSVRecord> funnel = CSVFormat.RFC4180.parse(new StringReader(english.substring(1))).getRecords();
        assertThat(funnel.get(0).toList()).containsExactly("Stage", "Status", "Trainees");
        assertThat(funnel).anySatisfy(r -> assertThat(r.toList()).containsExactly("CLASSROOM", "REMEDIAL", "1"));
        assertThat(funnel).hasSize(1 + 4 * 6);

        for (String table : Reports.TABLES) {
            as("ts1").get().uri("/api/v1/reports/cohorts/{id}/tables/{t}.csv", cohort, table).exchange()
                    .expectStatus().isOk();
        }
        as("head").get().uri("/api/v1/reports/cohorts/{id}/tables/funnel.pdf", cohort).exchange()
                .expectStatus().isNotFound();
        as("head").get().uri("/api/v1/reports/cohorts/{id}/tables/nothing.csv", cohort).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void theXlsxExportReadsBackWithTheSameCells() throws IOException {
        String cohort = fixture.cohort();
        String trainee = fixture.trainee(cohort, "A", ReportingFixture.today());
        fixture.knowledge(trainee, 1, "95", "92", "90", "91");
        flush();
        EntityExchangeResult<byte[]> xlsx = as("head").get()
                .uri("/api/v1/reports/cohorts/{id}/tables/scores.xlsx", cohort).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectBody().returnResult();
        assertThat(xlsx.getResponseHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("scores-" + cohort + ".xlsx");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponseBody()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("成绩项");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("分数段");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("人数");
            // 7 distributions × 10 buckets
            assertThat(sheet.getLastRowNum()).isEqualTo(70);
            boolean found = false;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("KNOWLEDGE_AVERAGE")
                        && row.getCell(1).getStringCellValue().equals("90-100")) {
                    assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(1.0);
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void onlyTheDepartmentHeadTrainingSpecialistsAndAdministratorsSeeReports() {
        String cohort = fixture.cohort();
        for (String who : List.of("t01", "m01", "qa1", "bm1")) {
            as(who).get().uri("/api/v1/reports/cohorts/{id}/summary", cohort).exchange().expectStatus().isForbidden();
            as(who).get().uri("/api/v1/reports/cohorts/{id}/tables/funnel.xlsx", cohort).exchange()
                    .expectStatus().isForbidden();
        }
        for (String who : List.of("head", "ts1", "admin")) {
            as(who).get().uri("/api/v1/reports/cohorts/{id}/at-risk", cohort).exchange().expectStatus().isOk();
        }
        String otherHead = fixture.person("DEPARTMENT_HEAD", "other-dept");
        as(otherHead).get().uri("/api/v1/reports/cohorts/{id}/summary", cohort).exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.type").value(t -> assertThat(t.toString())
                        .endsWith("out-of-scope"));
        as(otherHead).get().uri("/api/v1/reports/departments/{id}/summary", "csc").exchange()
                .expectStatus().isForbidden();
        as("head").get().uri("/api/v1/reports/cohorts/{id}/summary", "no-such-cohort").exchange()
                .expectStatus().isNotFound();
        web.get().uri("/api/v1/reports/cohorts/{id}/summary", cohort).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theAtRiskListIsPagedAndThePageSizeIsCapped() {
        String cohort = fixture.cohort();
        List<String> trainees = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            trainees.add(fixture.trainee(cohort, "A", ReportingFixture.today().minusMonths(2)));
        }
        flush();
        JsonNode first = get("head", "/api/v1/reports/cohorts/{id}/at-risk?page=0&size=2", cohort);
        JsonNode second = get("head", "/api/v1/reports/cohorts/{id}/at-risk?page=1&size=2", cohort);
        assertThat(first.get("total").asLong()).isEqualTo(3);
        List<String> both = new ArrayList<>(ids(first));
        both.addAll(ids(second));
        assertThat(both).containsExactlyElementsOf(trainees.stream().sorted().toList());
        assertThat(ids(first)).hasSize(2);
        JsonNode capped = get("head", "/api/v1/reports/cohorts/{id}/at-risk?size=5000", cohort);
        assertThat(capped.get("size").asInt()).isEqualTo(200);
        assertThat(capped.get("items").get(0).get("risks").toString()).isEqualTo("[\"OVERDUE\"]");
    }
}
