package com.csracademy.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
import org.bson.types.Decimal128;

/**
 * The dashboard data set: {@code -Dtrainees=10000} trainees in one cohort ({@code -Dcohort=bench-c10k}, department
 * {@code csc}), each with a full history, written through the MongoDB driver straight into the running app's
 * store ({@code -Dbench.mongoUri}: the embedded server speaks the wire protocol), in the shapes the modules'
 * persistence documents have ({@code people}: persons, trainees, mentorships; {@code progression}: journeys with
 * their transitions and decisions; {@code quiz}: knowledge_assessments; {@code monitoring}: filed_forms,
 * supervised_calls). Outbox flags ({@code notifiedAt}, {@code publishedAt}) are set, so the app re-sends
 * nothing. Then {@code POST /api/v1/reports/rebuild} (as {@code admin}) builds the reporting model from them,
 * and {@code <bench.dataDir>/dashboard.csv} gets the department head's token and the cohort id.
 *
 * <p>Per trainee (seeded, so every run writes the same set): a position on the category's steps drawn
 * uniformly (classroom … certified), one transition per step passed with the decision and its inputs
 * (knowledge average and area scores, shadowing stage score, go-live week score), a knowledge sitting once
 * the classroom is done (a second one after a remedial), 6 post-call analysis forms from the monitoring step
 * on (70% accepted, 20% awaiting review, 10% returned), 12 supervised calls from the first go-live step on
 * (a mentor monitoring 30–90% of them); about 8% of the open journeys are past their due date and 5% are
 * remedial, extended or escalated. From the monitoring step on, each trainee has a mentor of their own (the
 * program pairs one to one, {@code academy.people.max-mentees-per-mentor} = 1); a certified trainee's mentorship
 * has ended.
 */
public final class DashboardData {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String CSC = "csc";
    private static final String[] AREAS = {"SECURITIES_BASICS", "SYSTEMS", "SERVICE_NORMS", "SERVICE_SKILLS"};
    /** {stage, step, working days} of the program (content/program/csr-onboarding.yaml); drills is category A only. */
    private static final String[][] STEPS = {
            {"CLASSROOM", "classroom", "15"}, {"SHADOWING", "branch-shadowing", "10"},
            {"MONITORING", "monitoring", "5"}, {"MONITORING", "drills", "3"},
            {"MONITORING", "golive-non-trading", "3"}, {"MONITORING", "golive-trading", "5"},
            {"MONITORING", "golive-full-day", "5"}, {"GO_LIVE_ASSESSMENT", "golive-assessment", "5"}};
    private static final String[] BUSINESS = {"THIRD_PARTY_CUSTODY", "FUNDS", "ACCOUNT_OPENING", "TRADING"};

    private final MongoDatabase db;
    private final Random random = new Random(20261205L);
    private final LocalDate today = LocalDate.now(SHANGHAI);
    private final Instant now = Instant.now();
    private final Map<String, List<Document>> pending = new LinkedHashMap<>();
    private long documents;

    private DashboardData(MongoDatabase db) {
        this.db = db;
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.mongodb"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        int trainees = Bench.intProp("trainees", 10_000);
        String cohort = System.getProperty("cohort", "bench-c10k");
        String uri = System.getProperty("bench.mongoUri");
        if (uri == null) {
            throw new IllegalArgumentException("-Dbench.mongoUri=mongodb://127.0.0.1:<port>/?directConnection=true is required");
        }
        Bench.loopbackOnly("http://" + URI.create(uri.replace("mongodb://", "http://")).getHost() + "/");
        long t0 = System.nanoTime();
        long written;
        try (MongoClient client = MongoClients.create(uri)) {
            DashboardData data = new DashboardData(client.getDatabase(System.getProperty("bench.database", "academy")));
            data.write(cohort, trainees);
            written = data.documents;
        }
        double writeSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("wrote %d documents for %d trainees in %.1f s%n", written, trainees, writeSeconds);

        long t1 = System.nanoTime();
        String rebuilt = DataGenerator.call("POST", "/api/v1/reports/rebuild", DataGenerator.token("admin"), Map.of(),
                200, java.time.Duration.ofSeconds(Bench.intProp("rebuildTimeoutSeconds", 3600)));
        double rebuildSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf("rebuild: %s in %.1f s%n", rebuilt, rebuildSeconds);

        Files.createDirectories(Bench.DATA_DIR);
        Files.writeString(Bench.DATA_DIR.resolve("dashboard.csv"),
                "personId,token,cohortId\nhead," + DataGenerator.token("head") + "," + cohort + "\n");
        System.out.printf("dashboard data: %d trainees, %d documents written in %.1f s, reporting rebuild %.1f s%n",
                trainees, written, writeSeconds, rebuildSeconds);
    }

    private void write(String cohort, int trainees) {
        add("cohorts", new Document("_id", cohort).append("name", "压测班（" + trainees + "人）").append("departmentId", CSC)
                .append("startDate", date(today.minusDays(120)))
                .append("_class", "com.csracademy.people.persistence.OrgDocuments$CohortDocument"));
        for (int i = 0; i < trainees; i++) {
            trainee(String.format("dt-%05d", i), cohort, String.format("dm-%05d", i));
            if (i % 500 == 499) {
                flush();
            }
        }
        flush();
    }

    private void trainee(String id, String cohort, String mentor) {
        String category = random.nextInt(10) < 7 ? "A" : "B";
        List<String[]> steps = new ArrayList<>();
        for (String[] s : STEPS) {
            if (!"drills".equals(s[1]) || "A".equals(category)) {
                steps.add(s);
            }
        }
        int position = random.nextInt(steps.size() + 1);      // steps.size(): certified
        LocalDate start = today.minusDays(7L * position + 5 + random.nextInt(10));
        add("persons", person(id, "压测学员" + id.substring(3), "TRAINEE"));
        add("trainees", new Document("_id", id).append("category", category).append("cohortId", cohort)
                .append("startDate", date(start)).append("enrolledBy", "ts1").append("enrolledAt", instant(start))
                .append("version", 0L).append("_class", "com.csracademy.people.persistence.TraineeDocument"));

        List<Document> history = new ArrayList<>();
        List<String> applied = new ArrayList<>();
        LocalDate day = start;
        boolean remedial = false;
        for (int p = 0; p < position; p++) {
            String[] from = steps.get(p);
            boolean last = p == steps.size() - 1;
            String[] to = last ? from : steps.get(p + 1);
            day = day.plusDays(Integer.parseInt(from[2]) * 7L / 5);
            Map<String, Object> inputs = new LinkedHashMap<>();
            String decision;
            String rule;
            String explanation;
            if (p == 0) {
                remedial = random.nextInt(100) < 15;
                Map<String, Object> areas = new LinkedHashMap<>();
                BigDecimal sum = BigDecimal.ZERO;
                for (String area : AREAS) {
                    BigDecimal score = score(88, 100);
                    areas.put(area, new Decimal128(score));
                    sum = sum.add(score);
                }
                BigDecimal average = sum.divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP).max(BigDecimal.valueOf(90));
                knowledge(id, remedial, areas, average, day);
                inputs.put("areaScores", areas);
                inputs.put("average", new Decimal128(average));
                inputs.put("sitting", remedial ? 2 : 1);
                decision = "PASSED";
                rule = "knowledge-average ≥ 90";
                explanation = "业务知识考评平均成绩 " + average + " ≥ 90";
            } else if ("SHADOWING".equals(from[0])) {
                BigDecimal head = score(70, 100);
                BigDecimal branch = score(70, 100);
                inputs.put("departmentHeadScore", new Decimal128(head));
                inputs.put("branchMentorScore", new Decimal128(branch));
                inputs.put("stageScore", new Decimal128(head.add(branch).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP)));
                decision = "PASSED";
                rule = "shadowing recorded";
                explanation = "网点见习成绩已记录";
            } else if (last) {
                BigDecimal week = score(85, 100);
                inputs.put("weekScore", new Decimal128(week));
                decision = "CERTIFIED";
                rule = "go-live-week ≥ 85";
                explanation = "上线考评质检成绩 " + week + " ≥ 85";
            } else {
                inputs.put("step", from[1]);
                decision = "STEP_COMPLETED";
                rule = "step complete";
                explanation = "指导客服代表确认本步骤完成";
            }
            String trigger = "bench:" + id + ":" + p;
            applied.add(trigger);
            history.add(new Document("at", instant(day)).append("trigger", trigger).append("fromStage", from[0])
                    .append("fromStep", from[1]).append("fromStatus", "ON_TRACK")
                    .append("toStage", to[0]).append("toStep", to[1]).append("toStatus", last ? "CERTIFIED" : "ON_TRACK")
                    .append("decision", decision).append("rule", rule).append("inputs", new Document(inputs))
                    .append("explanation", explanation).append("decidedBy", "system").append("notifiedAt", instant(day)));
        }
        boolean certified = position == steps.size();
        String[] at = steps.get(Math.min(position, steps.size() - 1));
        String status = certified ? "CERTIFIED" : "ON_TRACK";
        LocalDate due = certified ? null : day.plusDays(Integer.parseInt(at[2]) * 7L / 5);
        if (!certified) {
            int roll = random.nextInt(100);
            if (roll < 8) {
                due = today.minusDays(1 + random.nextInt(10));
            } else if (roll < 10) {
                status = "REMEDIAL";
            } else if (roll < 12) {
                status = "EXTENDED";
            } else if (roll < 13) {
                status = "ESCALATED";
            } else if (due.isBefore(today)) {
                due = today.plusDays(1 + random.nextInt(5));
            }
        }
        add("journeys", new Document("_id", id).append("programId", "csr-onboarding").append("category", category)
                .append("stage", at[0]).append("stepId", at[1]).append("status", status)
                .append("stepStartedOn", date(day)).append("dueBy", due == null ? null : date(due))
                .append("makeUpsTaken", remedial ? 1 : 0).append("extraMakeUpsGranted", 0).append("extensionsTaken", 0)
                .append("extraExtensionsGranted", 0).append("escalationOptions", List.of())
                .append("history", history).append("appliedEvents", applied).append("rejectedEvents", List.of())
                .append("version", (long) history.size())
                .append("_class", "com.csracademy.progression.persistence.JourneyDocument"));

        int monitoringIndex = 2;
        if (position >= monitoringIndex) {
            LocalDate paired = start.plusDays(25);
            add("persons", person(mentor, "压测导师" + mentor.substring(3), "MENTOR"));
            Document mentorship = new Document("_id", id + ":" + mentor).append("traineeId", id).append("mentorId", mentor)
                    .append("startedAt", instant(paired)).append("startedBy", "ts1").append("reason", "压测：监听阶段一对一配对");
            if (certified) {
                mentorship.append("endedAt", instant(day)).append("endedBy", "ts1").append("endReason", "压测：已认证");
            }
            add("mentorships", mentorship.append("version", 0L)
                    .append("_class", "com.csracademy.people.persistence.MentorshipDocument"));
            for (int f = 0; f < 6; f++) {
                form(id, mentor, start.plusDays(30 + f), f);
            }
        }
        int goLiveIndex = "A".equals(category) ? 4 : 3;
        if (position >= goLiveIndex) {
            int share = 30 + random.nextInt(61);
            for (int c = 0; c < 12; c++) {
                call(id, mentor, "C" + c, start.plusDays(40 + c / 4), random.nextInt(100) < share);
            }
        }
    }

    private void knowledge(String id, boolean remedial, Map<String, Object> areas, BigDecimal average, LocalDate day) {
        if (remedial) {
            Map<String, Object> first = new LinkedHashMap<>(areas);
            first.put("SERVICE_SKILLS", new Decimal128(score(70, 89)));
            add("knowledge_assessments", assessment(id, 1, first, score(80, 89), day.minusDays(4)));
        }
        add("knowledge_assessments", assessment(id, remedial ? 2 : 1, areas, average, day));
    }

    private Document assessment(String id, int sitting, Map<String, Object> areas, BigDecimal average, LocalDate day) {
        return new Document("_id", "bench-" + id + "-" + sitting).append("traineeId", id).append("sitting", sitting)
                .append("retakenAreas", sitting > 1 ? List.of("SERVICE_SKILLS") : List.of())
                .append("areaScores", new Document(areas)).append("average", new Decimal128(average))
                .append("gradedAt", instant(day)).append("publishedAt", instant(day))
                .append("_class", "com.csracademy.quiz.persistence.KnowledgeAssessmentDocument");
    }

    private void form(String id, String mentor, LocalDate day, int n) {
        Document values = new Document("source", n % 2 == 0 ? "OTHERS_RECORDING" : "OWN_TYPICAL_CALL")
                .append("callTime", day + "T10:15:00+08:00").append("recordingRef", "REC-" + id + "-" + n)
                .append("businessType", BUSINESS[n % BUSINESS.length])
                .append("clientRequest", "客户询问银证转账到账时间").append("handling", "说明交易时间内实时到账，核实银行卡状态")
                .append("servicePhrases", List.of("GREETING", "THANKS", "CLOSING")).append("wentWell", "开头问候语规范")
                .append("errorsAndBlindSpots", "未复述确认客户需求").append("toLearn", "第三方存管转账时间规则");
        int roll = random.nextInt(10);
        String status = roll < 7 ? "ACCEPTED" : roll < 9 ? "SUBMITTED" : "RETURNED";
        Instant submitted = instant(day).plusSeconds(3600);
        List<Document> reviews = new ArrayList<>();
        if (!"SUBMITTED".equals(status)) {
            reviews.add(new Document("versionNumber", 1).append("decision", "ACCEPTED".equals(status) ? "ACCEPT" : "RETURN")
                    .append("comments", "ACCEPTED".equals(status) ? "分析到位" : "请补充对客户需求的复述")
                    .append("reviewerId", mentor).append("at", submitted.plusSeconds(7200)));
        }
        add("filed_forms", new Document("_id", "bench-" + id + "-f" + n).append("traineeId", id)
                .append("definitionId", "post-call-analysis").append("definitionVersion", 1).append("day", date(day))
                .append("status", status).append("working", values)
                .append("versions", List.of(new Document("number", 1).append("values", values).append("submittedAt", submitted)))
                .append("reviews", reviews).append("reviewerIds", reviews.isEmpty() ? List.of() : List.of(mentor))
                .append("createdAt", submitted).append("updatedAt", submitted).append("version", (long) reviews.size())
                .append("_class", "com.csracademy.monitoring.persistence.FiledFormDocument"));
    }

    private void call(String id, String mentor, String callId, LocalDate day, boolean monitored) {
        Instant start = day.atTime(10, 0).atZone(SHANGHAI).toInstant().plusSeconds(600L * callId.hashCode() % 7);
        Document call = new Document("_id", id + ":" + callId).append("traineeId", id).append("callId", callId)
                .append("start", start).append("end", start.plusSeconds(240)).append("day", date(day))
                .append("businessType", "FUNDS").append("enteredBy", id).append("enteredAt", start.plusSeconds(300))
                .append("_class", "com.csracademy.monitoring.persistence.CallDocument");
        if (monitored) {
            call.append("monitoredBy", mentor).append("monitoredAt", start.plusSeconds(300));
        }
        add("supervised_calls", call);
    }

    private Document person(String id, String name, String role) {
        return new Document("_id", id).append("subject", "sub-" + id).append("username", id).append("name", name)
                .append("roles", List.of(role)).append("departmentId", CSC).append("active", true)
                .append("createdAt", now).append("version", 0L)
                .append("_class", "com.csracademy.people.persistence.PersonDocument");
    }

    private BigDecimal score(int low, int high) {
        return BigDecimal.valueOf(low * 10 + random.nextInt((high - low) * 10 + 1), 1);
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** 09:00 in Shanghai that day (the driver's codecs store an Instant as a BSON date, as Spring Data does). */
    private static Instant instant(LocalDate day) {
        return day.atTime(9, 0).atZone(SHANGHAI).toInstant();
    }

    private void add(String collection, Document document) {
        pending.computeIfAbsent(collection, c -> new ArrayList<>()).add(document);
    }

    private void flush() {
        pending.forEach((collection, docs) -> {
            if (!docs.isEmpty()) {
                db.getCollection(collection).insertMany(docs, new InsertManyOptions().ordered(false));
                documents += docs.size();
                docs.clear();
            }
        });
    }
}
