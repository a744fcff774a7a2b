package com.csracademy.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.csracademy.calendar.WorkingCalendar;
import com.csracademy.program.ProgramDefinition.Category;
import com.csracademy.program.ProgramDefinition.KnowledgeArea;
import com.csracademy.program.ProgramDefinition.StageId;
import com.csracademy.program.Programs;
import com.csracademy.progression.JourneyStatus;
import com.csracademy.reporting.Table.Column;
import com.csracademy.reporting.domain.Contribution;
import com.csracademy.reporting.domain.Risk;
import com.csracademy.reporting.domain.ScoreBuckets;
import com.csracademy.reporting.persistence.ReportList;
import com.csracademy.reporting.persistence.ReportRow;
import com.csracademy.reporting.persistence.ReportSummary;
import com.csracademy.reporting.persistence.Sources;
import com.csracademy.security.Actor;
import com.csracademy.security.Role;
import com.csracademy.shared.ForbiddenException;
import com.csracademy.shared.NotFoundException;
import com.csracademy.shared.web.Page;
import com.csracademy.shared.web.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The dashboards' reads: a cohort's or department's summary (one document read: the counters, the overdue and
 * at-risk counts derived from them for the day, the mentors' names kept with them), and its at-risk and overdue
 * lists (the scope's {@link ReportList} documents, paged in memory, then that page's rows by {@code _id}),
 * each also as an exportable {@link Table}. Nothing here reads every trainee's row.
 * The department head and the training specialists see their own department; an administrator every one.
 */
@Service
public class Reports {

    /** What a report is about; {@code field} is the row field that selects it. */
    public enum Scope {
        COHORT("cohortId"), DEPARTMENT("departmentId");

        private final String field;

        Scope(String field) {
            this.field = field;
        }
    }

    /** The tables every scope exports. */
    public static final List<String> TABLES = List.of("funnel", "scores", "mentors", "at-risk", "overdue");

    public record FunnelCell(StageId stage, JourneyStatus status, long trainees) {
    }

    public record Bucket(String range, long trainees) {
    }

    /** A score distribution: an exam area, the knowledge average, shadowing or go-live. */
    public record Distribution(String name, long trainees, BigDecimal mean, List<Bucket> buckets) {
    }

    public record MentorLine(String mentorId, String name, long mentees, long backlog, long calls, long monitored,
                             BigDecimal sharePercent, boolean belowTarget) {
    }

    /**
     * @param risks    trainees per standing risk, and {@code OVERDUE} as of {@code asOf}
     * @param atRisk   trainees with at least one risk
     */
    public record Summary(Scope scope, String id, LocalDate asOf, long trainees, List<FunnelCell> funnel,
                          List<Distribution> distributions, List<MentorLine> mentors, Map<Risk, Long> risks,
                          long atRisk) {
    }

    public record TraineeLine(String traineeId, String name, String cohortId, Category category, StageId stage,
                              String stepId, JourneyStatus status, LocalDate dueBy, List<Risk> risks, String mentorId,
                              BigDecimal knowledgeAverage, long calls, long monitored, BigDecimal sharePercent,
                              long backlog, String mentorName) {
    }

    private static final List<String> DISTRIBUTIONS = Stream.concat(
            Arrays.stream(KnowledgeArea.values()).map(Enum::name),
            Stream.of(Contribution.KNOWLEDGE_AVERAGE, Contribution.SHADOWING, Contribution.GO_LIVE)).toList();

    private final ReactiveMongoTemplate mongo;
    private final Sources sources;
    private final Programs programs;
    private final Clock clock;

    Reports(ReactiveMongoTemplate mongo, Sources sources, Programs programs, Clock clock) {
        this.mongo = mongo;
        this.sources = sources;
        this.programs = programs;
        this.clock = clock;
    }

    public static Scope scope(String path) {
        return switch (path) {
            case "cohorts" -> Scope.COHORT;
            case "departments" -> Scope.DEPARTMENT;
            default -> throw new NotFoundException("Report scope", path);
        };
    }

    /** Succeeds for an administrator, and for staff of the cohort's (or the) department. */
    Mono<Void> requireScope(Actor actor, Scope scope, String id) {
        Mono<String> department = scope == Scope.COHORT
                ? sources.cohortDepartment(id).switchIfEmpty(Mono.error(() -> new NotFoundException("Cohort", id)))
                : sources.departmentExists(id).flatMap(exists -> exists ? Mono.just(id)
                        : Mono.error(new NotFoundException("Department", id)));
        return department.flatMap(d -> actor.has(Role.ADMIN) || d.equals(actor.departmentId()) ? Mono.<Void>empty()
                : Mono.error(new ForbiddenException("The reports of " + scope.name().toLowerCase() + " '" + id
                        + "' belong to another department")));
    }

    public Mono<Summary> summary(Actor actor, Scope scope, String id) {
        return requireScope(actor, scope, id).then(Mono.defer(() -> {
            LocalDate today = today();
            String summaryId = scope == Scope.COHORT ? ReportSummary.cohort(id) : ReportSummary.department(id);
            return mongo.findById(summaryId, ReportSummary.class)
                    .defaultIfEmpty(new ReportSummary(summaryId, scope.name(), id, Map.of(), Map.of(), null))
                    .map(s -> {
                        Map<String, Long> c = s.counters() == null ? Map.of() : s.counters();
                        return summary(scope, id, today, c, mentors(c, s.names() == null ? Map.of() : s.names()),
                                Contribution.overdue(c, today), Contribution.atRisk(c, today));
                    });
        }));
    }

    public Mono<Page<TraineeLine>> atRisk(Actor actor, Scope scope, String id, PageRequest page) {
        return requireScope(actor, scope, id).then(Mono.defer(() -> page(scope, id, true, page)));
    }

    public Mono<Page<TraineeLine>> overdue(Actor actor, Scope scope, String id, PageRequest page) {
        return requireScope(actor, scope, id).then(Mono.defer(() -> page(scope, id, false, page)));
    }

    /** One of {@link #TABLES}, whole up to {@code maxRows} rows. */
    public Mono<Table> table(Actor actor, Scope scope, String id, String table, int maxRows) {
        if (!TABLES.contains(table)) {
            return Mono.error(new NotFoundException("Report table (one of " + TABLES + ")", table));
        }
        String name = table + "-" + id;
        return switch (table) {
            case "funnel" -> summary(actor, scope, id).map(s -> new Table(name, List.of(STAGE, STATUS, TRAINEES),
                    s.funnel().stream().map(f -> row(f.stage(), f.status(), f.trainees())).toList(), s.funnel().size()));
            case "scores" -> summary(actor, scope, id).map(s -> {
                List<List<Object>> rows = new ArrayList<>();
                s.distributions().forEach(d -> d.buckets().forEach(b -> rows.add(row(d.name(), b.range(), b.trainees()))));
                return new Table(name, List.of(DISTRIBUTION, RANGE, TRAINEES), rows, rows.size());
            });
            case "mentors" -> summary(actor, scope, id).map(s -> new Table(name, List.of(MENTOR, NAME, MENTEES,
                    BACKLOG, CALLS, MONITORED, SHARE, BELOW_TARGET), s.mentors().stream().map(m -> row(m.mentorId(),
                    m.name(), m.mentees(), m.backlog(), m.calls(), m.monitored(), m.sharePercent(), m.belowTarget()))
                    .toList(), s.mentors().size()));
            default -> {
                PageRequest all = new PageRequest(0, maxRows);
                yield requireScope(actor, scope, id).then(Mono.defer(() -> page(scope, id, table.equals("at-risk"),
                        all)))
                        .map(p -> new Table(name, TRAINEE_COLUMNS, p.items().stream().map(Reports::row).toList(),
                                p.total()));
            }
        };
    }

    // ---- queries -------------------------------------------------------------------------------------

    /**
     * The at-risk (standing risk or overdue) or overdue trainees of a scope, by trainee id: the ids from the
     * scope's list documents (the risk list and the due dates before today), then only the page's rows.
     */
    private Mono<Page<TraineeLine>> page(Scope scope, String id, boolean atRisk, PageRequest page) {
        LocalDate today = today();
        String summaryId = scope == Scope.COHORT ? ReportSummary.cohort(id) : ReportSummary.department(id);
        Criteria due = where("kind").is(ReportList.DUE).and("date").lt(today);
        Criteria which = atRisk ? new Criteria().orOperator(where("kind").is(ReportList.RISK), due) : due;
        Query lists = new Query(where("summaryId").is(summaryId).andOperator(which));
        return mongo.find(lists, ReportList.class)
                .collect(TreeSet<String>::new, (ids, l) -> {
                    if (l.ids() != null) {
                        ids.addAll(l.ids());
                    }
                })
                .flatMap(ids -> {
                    List<String> pageIds = ids.stream().skip(page.offset()).limit(page.size()).toList();
                    if (pageIds.isEmpty()) {
                        return Mono.just(new Page<TraineeLine>(List.of(), page.page(), page.size(), ids.size()));
                    }
                    Query rows = new Query(where("_id").in(pageIds)).with(Sort.by("_id"));
                    rows.fields().exclude("counted");
                    return mongo.find(rows, ReportRow.class).map(r -> line(r, today)).collectList()
                            .map(items -> new Page<>(items, page.page(), page.size(), (long) ids.size()));
                });
    }

    private static TraineeLine line(ReportRow r, LocalDate today) {
        var f = r.facts();
        List<Risk> risks = new ArrayList<>(r.risks());
        if (r.dueOpen() != null && r.dueOpen().isBefore(today)) {
            risks.add(Risk.OVERDUE);
        }
        return new TraineeLine(r.traineeId(), r.name(), r.cohortId(), f.category(), f.stage(), f.stepId(), f.status(),
                f.dueBy(), risks, f.mentorId(), f.knowledgeAverage(), f.calls(), f.monitored(),
                percent(f.calls(), f.monitored()), f.backlog(), r.mentorName());
    }

    // ---- the summary from its counters ---------------------------------------------------------------

    private Summary summary(Scope scope, String id, LocalDate today, Map<String, Long> c, List<MentorLine> mentors,
                            long overdue, long atRisk) {
        List<FunnelCell> funnel = new ArrayList<>();
        for (StageId stage : StageId.values()) {
            for (JourneyStatus status : JourneyStatus.values()) {
                funnel.add(new FunnelCell(stage, status, c.getOrDefault("funnel|" + stage + "|" + status, 0L)));
            }
        }
        List<Distribution> distributions = DISTRIBUTIONS.stream().map(name -> {
            String p = "score|" + name + "|";
            long n = c.getOrDefault(p + "n", 0L);
            BigDecimal mean = n == 0 ? null : BigDecimal.valueOf(c.getOrDefault(p + "sum", 0L))
                    .divide(BigDecimal.valueOf(n * 1000L), 1, RoundingMode.HALF_UP);
            List<Bucket> buckets = new ArrayList<>();
            for (int b = 0; b < ScoreBuckets.COUNT; b++) {
                buckets.add(new Bucket(ScoreBuckets.label(b), c.getOrDefault(p + "b" + b, 0L)));
            }
            return new Distribution(name, n, mean, buckets);
        }).toList();
        Map<Risk, Long> risks = new EnumMap<>(Risk.class);
        for (Risk risk : Risk.values()) {
            risks.put(risk, risk == Risk.OVERDUE ? overdue : c.getOrDefault("risk|" + risk, 0L));
        }
        return new Summary(scope, id, today, c.getOrDefault(Contribution.TRAINEES, 0L), funnel, distributions, mentors,
                risks, atRisk);
    }

    private List<MentorLine> mentors(Map<String, Long> c, Map<String, String> names) {
        Map<String, Map<String, Long>> byMentor = new TreeMap<>();
        c.forEach((k, v) -> {
            if (k.startsWith("mentor|") && v != 0) {
                String[] parts = k.split("\\|");
                byMentor.computeIfAbsent(Contribution.unkey(parts[1]), m -> new HashMap<>()).put(parts[2], v);
            }
        });
        if (byMentor.isEmpty()) {
            return List.of();
        }
        BigDecimal shareAbove = programs.active().quotas().mentorMonitoredShareAbove();
        return byMentor.entrySet().stream().map(e -> {
                    long calls = e.getValue().getOrDefault("calls", 0L);
                    long monitored = e.getValue().getOrDefault("monitored", 0L);
                    boolean below = calls > 0 && BigDecimal.valueOf(monitored)
                            .compareTo(shareAbove.multiply(BigDecimal.valueOf(calls))) <= 0;
                    return new MentorLine(e.getKey(), names.get(Contribution.key(e.getKey())),
                            e.getValue().getOrDefault("mentees", 0L), e.getValue().getOrDefault("backlog", 0L), calls,
                            monitored, percent(calls, monitored), below);
                }).filter(m -> m.mentees() > 0 || m.backlog() > 0 || m.calls() > 0).toList();
    }

    private static BigDecimal percent(long calls, long monitored) {
        return calls == 0 ? null : BigDecimal.valueOf(monitored * 100L).divide(BigDecimal.valueOf(calls), 1,
                RoundingMode.HALF_UP);
    }

    private LocalDate today() {
        return clock.instant().atZone(WorkingCalendar.ZONE).toLocalDate();
    }

    // ---- tables ----------------------------------------------------------------------------------------

    private static final Column STAGE = new Column("stage", "阶段", "Stage");
    private static final Column STATUS = new Column("status", "状态", "Status");
    private static final Column TRAINEES = new Column("trainees", "人数", "Trainees");
    private static final Column DISTRIBUTION = new Column("distribution", "成绩项", "Distribution");
    private static final Column RANGE = new Column("range", "分数段", "Score range");
    private static final Column MENTOR = new Column("mentorId", "指导客服代表", "Mentor");
    private static final Column NAME = new Column("name", "姓名", "Name");
    private static final Column MENTEES = new Column("mentees", "指导学员数", "Mentees");
    private static final Column BACKLOG = new Column("backlog", "待审表单", "Forms awaiting review");
    private static final Column CALLS = new Column("calls", "通话数", "Calls");
    private static final Column MONITORED = new Column("monitored", "已监听通话数", "Calls monitored");
    private static final Column SHARE = new Column("sharePercent", "监听占比(%)", "Monitored share (%)");
    private static final Column BELOW_TARGET = new Column("belowTarget", "低于目标", "Below target");
    private static final List<Column> TRAINEE_COLUMNS = List.of(new Column("traineeId", "学员编号", "Trainee"), NAME,
            new Column("cohortId", "培训批次", "Cohort"), new Column("category", "类别", "Category"), STAGE,
            new Column("stepId", "步骤", "Step"), STATUS, new Column("dueBy", "截止日期", "Due by"),
            new Column("risks", "风险", "Risks"), MENTOR, new Column("knowledgeAverage", "业务知识平均分",
                    "Knowledge average"), CALLS, MONITORED, SHARE, BACKLOG);

    private static List<Object> row(TraineeLine l) {
        return row(l.traineeId(), l.name(), l.cohortId(), l.category(), l.stage(), l.stepId(), l.status(), l.dueBy(),
                l.risks().stream().map(Enum::name).collect(Collectors.joining(" ")), l.mentorId(), l.knowledgeAverage(),
                l.calls(), l.monitored(), l.sharePercent(), l.backlog());
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
