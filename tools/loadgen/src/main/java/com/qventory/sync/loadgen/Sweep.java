package com.qventory.sync.loadgen;

import com.qventory.sync.ebaysim.Keyset;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.HdrHistogram.Histogram;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Where the pipeline stops keeping up: one run per offered rate (open loop) and one flat-out run
 * per connection count, each drained before the next, reported together with the ceilings and two
 * charts — latency percentiles against the offered rate, throughput against connections.
 */
final class Sweep {

  /** One run of the sweep. */
  record Step(double offered, int connections, LoadGenerator.Result result) {}

  private Sweep() {}

  /** Runs the sweep and returns its report. */
  static Path run(Options options, Keyset keyset) throws Exception {
    Path stepReports = options.reportDirectory().resolve("steps");
    // A freshly started server compiles its hot paths during the first tens of seconds: the
    // first step would measure the JIT. One unreported step at a moderate rate warms it up.
    System.out.println("[LOADGEN] Sweep: warming up (not reported)");
    LoadGenerator.run(options.step(100, options.connections(), stepReports), keyset);
    List<Step> byRate = new ArrayList<>();
    for (double rate : options.sweepRates()) {
      System.out.printf(Locale.ROOT, "[LOADGEN] Sweep: %.0f/s open loop%n", rate);
      Options step = options.step(rate, options.connections(), stepReports);
      byRate.add(new Step(rate, options.connections(), LoadGenerator.run(step, keyset)));
    }
    List<Step> byConnections = new ArrayList<>();
    for (int connections : options.sweepConnections()) {
      System.out.printf(
          Locale.ROOT, "[LOADGEN] Sweep: flat out over %d connections%n", connections);
      Options step = options.step(0, connections, stepReports);
      byConnections.add(new Step(0, connections, LoadGenerator.run(step, keyset)));
    }
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    double httpCeiling =
        Ceilings.http(http, options.url(), options.connections(), options.ceilingTime());
    double databaseCeiling =
        Ceilings.database(
            options.jdbcUrl(), options.dbUser(), options.dbPassword(), 16, options.ceilingTime());
    return write(options, byRate, byConnections, httpCeiling, databaseCeiling);
  }

  private static Path write(
      Options options,
      List<Step> byRate,
      List<Step> byConnections,
      double httpCeiling,
      double databaseCeiling)
      throws IOException {
    Instant now = Instant.now();
    String name = Report.fileName("sweep", now);
    Path directory = options.reportDirectory();
    Files.createDirectories(directory);
    StringBuilder md = new StringBuilder();
    md.append("# Qventory Sync sweep — ")
        .append(now)
        .append("\n\nServer ")
        .append(options.url())
        .append(", ")
        .append(options.sellers())
        .append(" sellers × ")
        .append(options.itemsPerSeller())
        .append(" listings, ")
        .append(options.duration().toSeconds())
        .append(
            " s per step after an unreported warm-up step, each drained before the next."
                + " Ceilings measured after the steps:")
        .append(
            String.format(
                Locale.ROOT, " HTTP %.0f req/s (a static file of the same server,", httpCeiling))
        .append(
            String.format(
                Locale.ROOT,
                " %d connections), PostgreSQL %.0f rows/s (durable 2 KB single-row inserts, 16"
                    + " clients).\n",
                options.connections(),
                databaseCeiling));
    if (!byRate.isEmpty()) {
      String chart = name + "-latency.png";
      latencyChart(byRate, directory.resolve(chart));
      md.append("\n## Open loop, ")
          .append(options.connections())
          .append(" connections at most\n\n");
      table(md, byRate, httpCeiling, databaseCeiling);
      md.append("\n![latency percentiles against the offered rate](").append(chart).append(")\n");
    }
    if (!byConnections.isEmpty()) {
      String chart = name + "-throughput.png";
      throughputChart(byConnections, directory.resolve(chart));
      md.append("\n## Flat out, by connections\n\n");
      table(md, byConnections, httpCeiling, databaseCeiling);
      md.append("\n![throughput against connections](").append(chart).append(")\n");
    }
    md.append(
        "\nAcknowledgement latency counts from when a request was due (open loop) or sent (flat"
            + " out); end to end is eBay's Timestamp → the event's processed_at. Shares are of the"
            + " ceilings above: acknowledgements of the HTTP ceiling, processing of PostgreSQL's."
            + " Each step's own report is under steps/.\n");
    return Report.save(directory, "sweep", now, md, "sweep-latest.md");
  }

  private static void table(
      StringBuilder md, List<Step> steps, double httpCeiling, double databaseCeiling) {
    md.append(
        "| offered | connections | acknowledged/s | share | ack p50 / p99 ms | processed/s | share"
            + " | end to end p50 / p99 ms | max backlog | drain ms | errors | server cores / RSS MB"
            + " |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Step step : steps) {
      LoadGenerator.Result r = step.result();
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %.0f | %s | %s | %.0f | %s | %s | %d | %d | %s | %.2f / %d |\n",
              step.offered() > 0
                  ? String.format(Locale.ROOT, "%.0f/s", step.offered())
                  : "flat out",
              step.connections(),
              r.achievedRate(),
              share(r.achievedRate(), httpCeiling),
              p50p99(r.acknowledgement()),
              r.processedRate(),
              share(r.processedRate(), databaseCeiling),
              p50p99(r.endToEnd()),
              r.maxBacklog(),
              r.drain().toMillis(),
              r.errors().isEmpty() ? "none" : r.errors().toString(),
              r.serverCores(),
              r.serverRssMb()));
    }
  }

  private static void latencyChart(List<Step> steps, Path png) throws IOException {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(series("acknowledgement p50", steps, s -> ms(s.result().acknowledgement(), 50)));
    data.addSeries(series("acknowledgement p99", steps, s -> ms(s.result().acknowledgement(), 99)));
    data.addSeries(series("end to end p50", steps, s -> ms(s.result().endToEnd(), 50)));
    data.addSeries(series("end to end p99", steps, s -> ms(s.result().endToEnd(), 99)));
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            "Latency against offered rate",
            "offered notifications/s (open loop)",
            "ms",
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    LogarithmicAxis milliseconds = new LogarithmicAxis("ms (log scale)");
    milliseconds.setAllowNegativesFlag(false);
    chart.getXYPlot().setRangeAxis(milliseconds);
    save(chart, png);
  }

  private static void throughputChart(List<Step> steps, Path png) throws IOException {
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(bySeries("acknowledged/s", steps, s -> s.result().achievedRate()));
    data.addSeries(bySeries("processed/s", steps, s -> s.result().processedRate()));
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            "Throughput flat out",
            "concurrent connections",
            "notifications/s",
            data,
            PlotOrientation.VERTICAL,
            true,
            false,
            false);
    save(chart, png);
  }

  private static XYSeries series(String name, List<Step> steps, ToDoubleFunction<Step> y) {
    XYSeries series = new XYSeries(name);
    steps.forEach(step -> series.add(step.offered(), Math.max(0.1, y.applyAsDouble(step))));
    return series;
  }

  private static XYSeries bySeries(String name, List<Step> steps, ToDoubleFunction<Step> y) {
    XYSeries series = new XYSeries(name);
    steps.forEach(step -> series.add(step.connections(), y.applyAsDouble(step)));
    return series;
  }

  private static void save(JFreeChart chart, Path png) throws IOException {
    System.setProperty("java.awt.headless", "true");
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
    Color[] colours = {
      new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0x9467bd)
    };
    for (int i = 0; i < colours.length; i++) {
      lines.setSeriesPaint(i, colours[i]);
      lines.setSeriesStroke(i, new BasicStroke(2f));
    }
    plot.setRenderer(lines);
    ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 500);
  }

  private static double ms(Histogram micros, double percentile) {
    return micros.getTotalCount() == 0 ? 0 : micros.getValueAtPercentile(percentile) / 1000.0;
  }

  private static String p50p99(Histogram micros) {
    return micros.getTotalCount() == 0
        ? "–"
        : String.format(Locale.ROOT, "%.0f / %.0f", ms(micros, 50), ms(micros, 99));
  }

  private static String share(double figure, double ceiling) {
    return ceiling <= 0 ? "–" : String.format(Locale.ROOT, "%.2f ×", figure / ceiling);
  }
}
