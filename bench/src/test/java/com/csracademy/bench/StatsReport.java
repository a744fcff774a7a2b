package com.csracademy.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns Gatling reports into the Markdown tables of {@code summary.md}: per scenario and request type the
 * count, errors, requests/s, p50/p95/p99/p99.9, and every throughput as a ratio to the baseline's requests/s.
 *
 * <p>Reads {@code js/stats.json} where Gatling writes one (older versions); Gatling 3.16 writes none, so
 * it then reads the statistics table of the report's {@code index.html} (same numbers; its percentile columns
 * are set in {@code gatling.conf} and their headers are checked here).
 *
 * <p>Arguments: {@code baselineLabel} then one {@code label|reportDir|appCpuSeconds|description} per scenario.
 */
public final class StatsReport {

    /** One line of the statistics: a request type, or "All Requests". Times in ms; NaN where Gatling shows "-". */
    record Row(String name, long total, long ok, long ko, double perSecond, double p50, double p95, double p99,
               double p999, double max, double mean) {

        /** How long the run lasted by Gatling's count/s: total / (count/s). */
        double seconds() {
            return perSecond > 0 ? total / perSecond : Double.NaN;
        }
    }

    record Scenario(String label, Path report, double appCpuSeconds, String description, List<Row> rows) {

        Row all() {
            return rows.get(0);
        }

        Row request(String name) {
            return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElse(null);
        }

        /** Attempts submitted successfully per second, where the scenario submits. */
        double attemptsPerSecond() {
            Row submit = request("submit");
            return submit == null ? Double.NaN : submit.ok() / all().seconds();
        }
    }

    private StatsReport() {
    }

    public static void main(String[] args) throws IOException {
        String baselineLabel = args[0];
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String[] f = args[i].split("\\|", 4);
            Path report = Path.of(f[1]);
            scenarios.add(new Scenario(f[0], report, Double.parseDouble(f[2]), f.length > 3 ? f[3] : "", read(report)));
        }
        Scenario baseline = scenarios.stream().filter(s -> s.label().equals(baselineLabel)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no scenario " + baselineLabel));
        double base = baseline.all().perSecond();
        StringBuilder md = new StringBuilder();
        md.append("## Overview\n\n")
                .append(String.format(Locale.ROOT, "Baseline: `%s`, %.1f requests/s. \"× baseline\" = requests/s ÷ that.%n%n",
                        baselineLabel, base))
                .append("| scenario | requests | errors | requests/s | × baseline | p50 ms | p95 ms | p99 ms | attempts/s | app CPU ms/request |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Scenario s : scenarios) {
            Row a = s.all();
            md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.2f | %s | %s | %s | %s | %s |%n",
                    s.label(), a.total(), a.ko(), a.perSecond(), a.perSecond() / base, ms(a.p50()), ms(a.p95()),
                    ms(a.p99()), num(s.attemptsPerSecond()), num(1000 * s.appCpuSeconds() / a.total())));
        }
        for (Scenario s : scenarios) {
            md.append("\n## ").append(s.label()).append("\n\n");
            if (!s.description().isBlank()) {
                md.append(s.description()).append("\n\n");
            }
            md.append("Report: `").append(s.report().resolve("index.html")).append("`\n\n")
                    .append("| request | count | errors | requests/s | × baseline | p50 ms | p95 ms | p99 ms | p99.9 ms | max ms | mean ms |\n")
                    .append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Row r : s.rows()) {
                md.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.2f | %s | %s | %s | %s | %s | %s |%n",
                        r.name(), r.total(), r.ko(), r.perSecond(), r.perSecond() / base, ms(r.p50()), ms(r.p95()),
                        ms(r.p99()), ms(r.p999()), ms(r.max()), ms(r.mean())));
            }
            md.append(String.format(Locale.ROOT, "%nRun %.1f s; app CPU %.1f s = %s ms per request",
                    s.all().seconds(), s.appCpuSeconds(), num(1000 * s.appCpuSeconds() / s.all().total())));
            if (!Double.isNaN(s.attemptsPerSecond())) {
                md.append(String.format(Locale.ROOT, "; %.1f attempts submitted/s", s.attemptsPerSecond()));
            }
            md.append(".\n");
        }
        System.out.print(md);
    }

    static List<Row> read(Path report) throws IOException {
        Path json = report.resolve("js/stats.json");
        return Files.exists(json) ? fromStatsJson(json) : fromIndexHtml(report.resolve("index.html"));
    }

    private static List<Row> fromStatsJson(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<Row> rows = new ArrayList<>();
        rows.add(row(root.path("stats")));
        root.path("contents").forEach(node -> {
            if ("REQUEST".equals(node.path("type").asText())) {
                rows.add(row(node.path("stats")));
            }
        });
        return rows;
    }

    private static Row row(JsonNode stats) {
        return new Row(stats.path("name").asText(), stats.at("/numberOfRequests/total").asLong(),
                stats.at("/numberOfRequests/ok").asLong(), stats.at("/numberOfRequests/ko").asLong(),
                stats.at("/meanNumberOfRequestsPerSecond/total").asDouble(), stats.at("/percentiles1/total").asDouble(),
                stats.at("/percentiles2/total").asDouble(), stats.at("/percentiles3/total").asDouble(),
                stats.at("/percentiles4/total").asDouble(), stats.at("/maxResponseTime/total").asDouble(),
                stats.at("/meanResponseTime/total").asDouble());
    }

    private static final Pattern HEADER = Pattern.compile("<th id=\"col-(\\d+)\"[^>]*><span>([^<]*)</span>");
    private static final Pattern ROW = Pattern.compile("<tr id=\"([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    private static List<Row> fromIndexHtml(Path file) throws IOException {
        String html = Files.readString(file);
        Map<Integer, String> headers = new HashMap<>();
        Matcher h = HEADER.matcher(html);
        while (h.find()) {
            headers.put(Integer.parseInt(h.group(1)), h.group(2));
        }
        Map<Integer, String> expected = Map.of(2, "Total", 3, "OK", 4, "KO", 6, "Cnt/s", 8, "50th pct",
                9, "95th pct", 10, "99th pct", 11, "99.9th pct", 12, "Max", 13, "Mean");
        expected.forEach((col, label) -> {
            String actual = headers.getOrDefault(col, "");
            if (!actual.contains(label) && !(col == 6 && actual.isEmpty())) {
                throw new IllegalStateException(file + ": column " + col + " is '" + actual + "', expected '" + label
                        + "' (percentiles are set in gatling.conf)");
            }
        });
        List<Row> rows = new ArrayList<>();
        Matcher r = ROW.matcher(html);
        while (r.find()) {
            Matcher name = NAME.matcher(r.group(2));
            if (!name.find()) {
                continue;
            }
            Map<Integer, Double> cells = new HashMap<>();
            Matcher c = CELL.matcher(r.group(2));
            while (c.find()) {
                cells.put(Integer.parseInt(c.group(1)), number(c.group(2)));
            }
            rows.add(new Row(name.group(1), cells.get(2).longValue(), cells.get(3).longValue(),
                    cells.get(4).longValue(), cells.get(6), cells.get(8), cells.get(9), cells.get(10), cells.get(11),
                    cells.get(12), cells.get(13)));
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException(file + ": no statistics table");
        }
        return rows;
    }

    private static double number(String text) {
        String t = text.replace(",", "").trim();
        return t.isEmpty() || t.equals("-") ? Double.NaN : Double.parseDouble(t);
    }

    private static String ms(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.0f", v);
    }

    private static String num(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "–" : String.format(Locale.ROOT, "%.1f", v);
    }
}
