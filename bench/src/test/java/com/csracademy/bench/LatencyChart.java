package com.csracademy.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The latency-over-time chart of a benchmark session: one panel per scenario, its p50, p95 and p99 response time
 * of each second (successful requests of all kinds) against the seconds since the scenario's first response.
 *
 * <p>The per-second percentiles are Gatling's own, read from the "Response Time Percentiles over Time (OK)" chart
 * data of each report's {@code index.html} (Gatling 3.16 keeps its {@code simulation.log} in a binary format of
 * its own and writes no JSON of these series), as {@link StatsReport} reads the statistics table there.
 *
 * <p>Arguments: the PNG to write, then one {@code label|reportDir[|…]} per scenario (the fields after the report
 * directory, as {@code run.sh} passes them to {@link StatsReport}, are ignored).
 */
public final class LatencyChart {

    /** The percentiles drawn, by their series name in Gatling's chart, with the colour of their line. */
    private static final Map<String, Color> DRAWN = new LinkedHashMap<>();

    static {
        DRAWN.put("50%", new Color(0x3f52cc));
        DRAWN.put("95%", new Color(0xe08a00));
        DRAWN.put("99%", new Color(0xc73905));
    }

    private static final String CHART_TITLE = "Response Time Percentiles over Time (OK)";
    private static final Pattern SERIES = Pattern.compile("name: '([^']+)',\\s*data: \\[(.*?)\\]\\s*,\\s*tooltip",
            Pattern.DOTALL);
    private static final Pattern POINT = Pattern.compile("\\[(\\d+), (\\d+)\\]");
    private static final int WIDTH = 960;
    private static final int PANEL_HEIGHT = 190;

    /** One percentile's values, as (milliseconds since the epoch, response time in ms) in time order. */
    record Series(String name, List<long[]> points) {
    }

    private LatencyChart() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: LatencyChart out.png label|reportDir ...");
        }
        int panels = args.length - 1;
        BufferedImage image = new BufferedImage(WIDTH, PANEL_HEIGHT * panels, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        for (int i = 0; i < panels; i++) {
            String[] f = args[i + 1].split("\\|", 3);
            // each scenario on its own time axis: they last from a few seconds (exam) to minutes (exam at a pace)
            JFreeChart chart = panel(f[0], read(Path.of(f[1])), i == 0);
            chart.draw(g, new Rectangle(0, i * PANEL_HEIGHT, WIDTH, PANEL_HEIGHT));
        }
        g.dispose();
        Path out = Path.of(args[0]);
        try (OutputStream png = Files.newOutputStream(out)) {
            ChartUtils.writeBufferedImageAsPNG(png, image);
        }
        System.out.println(out);
    }

    /** The drawn percentiles of the report in {@code reportDir} (its {@code index.html}). */
    static List<Series> read(Path reportDir) throws IOException {
        String html = Files.readString(reportDir.resolve("index.html"));
        int at = html.indexOf(CHART_TITLE);
        if (at < 0) {
            throw new IllegalStateException("no '" + CHART_TITLE + "' chart in " + reportDir);
        }
        // the chart's series come before the next chart of the page
        int end = html.indexOf("new Highcharts", at);
        String chart = html.substring(at, end < 0 ? html.length() : end);
        List<Series> found = new ArrayList<>();
        Matcher series = SERIES.matcher(chart);
        while (series.find()) {
            if (!DRAWN.containsKey(series.group(1))) {
                continue;
            }
            List<long[]> points = new ArrayList<>();
            Matcher point = POINT.matcher(series.group(2));
            while (point.find()) {
                points.add(new long[] {Long.parseLong(point.group(1)), Long.parseLong(point.group(2))});
            }
            found.add(new Series(series.group(1), points));
        }
        if (found.size() != DRAWN.size()) {
            throw new IllegalStateException("expected the series " + DRAWN.keySet() + " in " + reportDir + ", found "
                    + found.stream().map(Series::name).toList());
        }
        return found;
    }

    private static JFreeChart panel(String label, List<Series> percentiles, boolean legend) {
        long first = percentiles.stream().flatMap(s -> s.points().stream()).mapToLong(p -> p[0]).min().orElse(0);
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
        for (Series s : percentiles) {
            XYSeries line = new XYSeries("p" + s.name().replace("%", ""));
            s.points().forEach(p -> line.add((p[0] - first) / 1000.0, p[1]));
            lines.setSeriesPaint(data.getSeriesCount(), DRAWN.get(s.name()));
            lines.setSeriesStroke(data.getSeriesCount(), new BasicStroke(1.4f));
            data.addSeries(line);
        }
        NumberAxis seconds = new NumberAxis("seconds since the scenario's first response");
        NumberAxis ms = new NumberAxis("ms");
        XYPlot plot = new XYPlot(data, seconds, ms, lines);
        plot.setBackgroundPaint(new Color(0xf7f7f7));
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(label + ": response time of each second, successful requests",
                new Font(Font.SANS_SERIF, Font.BOLD, 12), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        // without anti-aliasing the lines stay few colours: a PNG of a few tens of KB, committed with each run
        chart.setAntiAlias(false);
        chart.setTextAntiAlias(true);
        if (legend) {
            chart.getLegend().setPosition(RectangleEdge.TOP);
        }
        return chart;
    }
}
