package com.csracademy.qa.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far QA specialists' scores of the same call spread (calibration, 校准). For each closed session: the
 * mean and the population variance of the totals. For each specialist and month: over the sessions they scored,
 * the mean absolute deviation of their total from the session's mean total, the mean signed deviation (above
 * zero: more lenient than their peers), and the mean absolute deviation per scorecard item. A session with fewer
 * than two markings says nothing about agreement and is left out. Results are rounded to four decimals at the end.
 */
public final class CalibrationStatistics {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final int SCALE = 4;

    private CalibrationStatistics() {
    }

    /** One specialist's marking of the session's call: the total (out of 100) and the points per item. */
    public record Marking(String specialistId, BigDecimal total, Map<String, BigDecimal> items) {
    }

    /** A closed session and the month it counts in. */
    public record Session(String id, YearMonth month, List<Marking> markings) {
    }

    /** The spread of one session's totals: their mean and population variance. */
    public record SessionSpread(String sessionId, YearMonth month, int markings, BigDecimal meanTotal,
                                BigDecimal totalVariance) {
    }

    /**
     * A specialist's deviation from their peers in one month.
     *
     * @param totalMeanAbsoluteDeviation mean over the sessions of |their total − the session's mean total|
     * @param totalMeanDeviation         the same without the absolute value: their leniency (+) or severity (−)
     * @param itemMeanAbsoluteDeviation  per item, mean over the sessions of |their points − the session's mean|
     */
    public record SpecialistMonth(String specialistId, YearMonth month, int sessions,
                                  BigDecimal totalMeanAbsoluteDeviation, BigDecimal totalMeanDeviation,
                                  Map<String, BigDecimal> itemMeanAbsoluteDeviation) {
    }

    public record Report(List<SessionSpread> sessions, List<SpecialistMonth> specialists) {
    }

    public static Report of(List<Session> sessions) {
        List<SessionSpread> spreads = new ArrayList<>();
        Map<String, Accumulator> bySpecialistMonth = new TreeMap<>();
        for (Session session : sessions) {
            List<Marking> markings = session.markings();
            if (markings.size() < 2) {
                continue;
            }
            BigDecimal n = BigDecimal.valueOf(markings.size());
            BigDecimal meanTotal = mean(markings.stream().map(Marking::total).toList(), n);
            BigDecimal squares = BigDecimal.ZERO;
            for (Marking m : markings) {
                BigDecimal d = m.total().subtract(meanTotal, MC);
                squares = squares.add(d.multiply(d, MC), MC);
            }
            spreads.add(new SessionSpread(session.id(), session.month(), markings.size(), round(meanTotal),
                    round(squares.divide(n, MC))));
            Map<String, BigDecimal> meanItems = new LinkedHashMap<>();
            for (String item : items(markings)) {
                List<BigDecimal> values = markings.stream().map(m -> m.items().get(item)).filter(v -> v != null)
                        .toList();
                meanItems.put(item, mean(values, BigDecimal.valueOf(values.size())));
            }
            for (Marking m : markings) {
                Accumulator a = bySpecialistMonth.computeIfAbsent(m.specialistId() + "\u0000" + session.month(),
                        k -> new Accumulator(m.specialistId(), session.month()));
                a.sessions++;
                BigDecimal deviation = m.total().subtract(meanTotal, MC);
                a.signed = a.signed.add(deviation, MC);
                a.absolute = a.absolute.add(deviation.abs(), MC);
                m.items().forEach((item, points) -> {
                    BigDecimal d = points.subtract(meanItems.get(item), MC).abs();
                    a.itemSums.merge(item, d, (x, y) -> x.add(y, MC));
                    a.itemCounts.merge(item, 1, Integer::sum);
                });
            }
        }
        List<SpecialistMonth> specialists = new ArrayList<>();
        for (Accumulator a : bySpecialistMonth.values()) {
            BigDecimal count = BigDecimal.valueOf(a.sessions);
            Map<String, BigDecimal> items = new LinkedHashMap<>();
            a.itemSums.forEach((item, sum) -> items.put(item,
                    round(sum.divide(BigDecimal.valueOf(a.itemCounts.get(item)), MC))));
            specialists.add(new SpecialistMonth(a.specialistId, a.month, a.sessions,
                    round(a.absolute.divide(count, MC)), round(a.signed.divide(count, MC)), items));
        }
        specialists.sort(Comparator.comparing(SpecialistMonth::specialistId).thenComparing(SpecialistMonth::month));
        spreads.sort(Comparator.comparing(SessionSpread::month).thenComparing(SessionSpread::sessionId));
        return new Report(List.copyOf(spreads), List.copyOf(specialists));
    }

    private static List<String> items(List<Marking> markings) {
        List<String> items = new ArrayList<>();
        for (Marking m : markings) {
            for (String item : m.items().keySet()) {
                if (!items.contains(item)) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    private static BigDecimal mean(List<BigDecimal> values, BigDecimal n) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v, MC);
        }
        return sum.divide(n, MC);
    }

    private static BigDecimal round(BigDecimal value) {
        BigDecimal rounded = value.setScale(SCALE, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? BigDecimal.ZERO : rounded;
    }

    private static final class Accumulator {
        final String specialistId;
        final YearMonth month;
        int sessions;
        BigDecimal signed = BigDecimal.ZERO;
        BigDecimal absolute = BigDecimal.ZERO;
        final Map<String, BigDecimal> itemSums = new LinkedHashMap<>();
        final Map<String, Integer> itemCounts = new LinkedHashMap<>();

        Accumulator(String specialistId, YearMonth month) {
            this.specialistId = specialistId;
            this.month = month;
        }
    }
}
