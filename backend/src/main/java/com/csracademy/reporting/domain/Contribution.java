package com.csracademy.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.csracademy.program.ProgramDefinition.KnowledgeArea;

/**
 * What one trainee adds to the counters of their cohort's and department's summaries. A summary counter is
 * the sum of its trainees' contributions, so a change of one trainee moves the summaries by the difference
 * between the old and the new contribution ({@link #delta}). Keys are {@code |}-separated paths:
 * {@code funnel|STAGE|STATUS}, {@code score|DISTRIBUTION|b<bucket>}, {@code score|DISTRIBUTION|n} and
 * {@code |sum} (thousandths), {@code mentor|<id>|mentees|backlog|calls|monitored}, {@code risk|RISK}, and for
 * the counts that depend on the day: {@code atRisk} (a standing risk), {@code due|<date>} (an open journey due
 * that day) and {@code riskdue|<date>} (both). On any day the overdue count is the sum of the {@code due|d}
 * with {@code d} before it, and the at-risk count {@code atRisk} + overdue − the {@code riskdue|d} before it
 * ({@link #overdue}, {@link #atRisk}): no daily roll is needed.
 */
public final class Contribution {

    public static final String TRAINEES = "trainees";
    /** The distributions besides the four knowledge areas. */
    public static final String KNOWLEDGE_AVERAGE = "KNOWLEDGE_AVERAGE";
    public static final String SHADOWING = "SHADOWING";
    public static final String GO_LIVE = "GO_LIVE";
    public static final String AT_RISK = "atRisk";
    public static final String DUE = "due|";
    public static final String RISK_DUE = "riskdue|";

    private Contribution() {
    }

    public static Map<String, Long> of(TraineeFacts facts, Set<Risk> standingRisks) {
        Map<String, Long> c = new TreeMap<>();
        c.put(TRAINEES, 1L);
        c.put("funnel|" + facts.stage() + "|" + facts.status(), 1L);
        for (Map.Entry<KnowledgeArea, BigDecimal> e : facts.knowledgeScores().entrySet()) {
            score(c, e.getKey().name(), e.getValue());
        }
        score(c, KNOWLEDGE_AVERAGE, facts.knowledgeAverage());
        score(c, SHADOWING, facts.shadowingScore());
        score(c, GO_LIVE, facts.goLiveScore());
        if (facts.mentorId() != null) {
            String m = "mentor|" + key(facts.mentorId()) + "|";
            c.put(m + "mentees", 1L);
            put(c, m + "backlog", facts.backlog());
            put(c, m + "calls", facts.calls());
            put(c, m + "monitored", facts.monitored());
        }
        for (Risk risk : standingRisks) {
            c.put("risk|" + risk, 1L);
        }
        LocalDate due = facts.openDueBy();
        if (!standingRisks.isEmpty()) {
            c.put(AT_RISK, 1L);
        }
        if (due != null) {
            c.put(DUE + due, 1L);
            if (!standingRisks.isEmpty()) {
                c.put(RISK_DUE + due, 1L);
            }
        }
        return c;
    }

    /** Trainees whose open journey was due before {@code today}, from a summary's counters. */
    public static long overdue(Map<String, Long> counters, LocalDate today) {
        return before(counters, DUE, today);
    }

    /** Trainees with a standing risk or overdue on {@code today}, from a summary's counters. */
    public static long atRisk(Map<String, Long> counters, LocalDate today) {
        return counters.getOrDefault(AT_RISK, 0L) + overdue(counters, today) - before(counters, RISK_DUE, today);
    }

    private static long before(Map<String, Long> counters, String prefix, LocalDate today) {
        long n = 0;
        for (Map.Entry<String, Long> e : counters.entrySet()) {
            if (e.getKey().startsWith(prefix) && LocalDate.parse(e.getKey().substring(prefix.length())).isBefore(today)) {
                n += e.getValue();
            }
        }
        return n;
    }

    /** new − old, key by key, without the keys that did not move. */
    public static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> d = new HashMap<>();
        after.forEach((k, v) -> d.merge(k, v, Long::sum));
        before.forEach((k, v) -> d.merge(k, -v, Long::sum));
        d.values().removeIf(v -> v == 0);
        return d;
    }

    /** A person id as a counter key: {@code .} and {@code $} cannot appear in a stored field name. */
    public static String key(String id) {
        return id.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    public static String unkey(String key) {
        return key.replace("%2E", ".").replace("%24", "$").replace("%25", "%");
    }

    private static void score(Map<String, Long> c, String distribution, BigDecimal score) {
        if (score == null) {
            return;
        }
        String p = "score|" + distribution + "|";
        c.put(p + "b" + ScoreBuckets.of(score), 1L);
        c.put(p + "n", 1L);
        put(c, p + "sum", ScoreBuckets.milli(score));
    }

    private static void put(Map<String, Long> c, String key, long value) {
        if (value != 0) {
            c.put(key, value);
        }
    }
}
