package com.qventory.sync.loadgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/** The run as Markdown: figures, the ceilings, and each figure as a share of its ceiling. */
final class Report {

  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private Report() {}

  /** The name of a report of this kind made at {@code at}, without ".md": sweep-20261202-020549. */
  static String fileName(String kind, Instant at) {
    return kind + "-" + FILE_TIME.format(at);
  }

  /** Writes a report under its own name, and again as {@code latest}; returns the first. */
  static Path save(Path directory, String kind, Instant at, CharSequence md, String latest)
      throws IOException {
    Files.createDirectories(directory);
    Path report = directory.resolve(fileName(kind, at) + ".md");
    Files.writeString(report, md);
    Files.writeString(directory.resolve(latest), md);
    return report;
  }

  static LoadGenerator.Result write(
      Options options, boolean serverFound, LoadGenerator.Result result) throws IOException {
    StringBuilder md = new StringBuilder();
    Instant now = Instant.now();
    md.append("# Qventory Sync under load — ")
        .append(now)
        .append("\n\n")
        .append("Server ")
        .append(options.url())
        .append(", ")
        .append(options.sellers())
        .append(" sellers × ")
        .append(options.itemsPerSeller())
        .append(" listings, ")
        .append(
            options.rate() > 0
                ? fmt(options.rate()) + " notifications/s offered (open loop)"
                : "flat out")
        .append(" for ")
        .append(options.duration().toSeconds())
        .append(" s over at most ")
        .append(options.connections())
        .append(" connections. Mix: each listing's first notification ItemListed, then 70 %")
        .append(" ItemRevised, 25 % FixedPriceTransaction, 5 % ItemClosed; ~1 % delivered twice,")
        .append(" ~2 % out of order.\n\n")
        .append("| figure | value | share of its ceiling |\n|---|---|---|\n");
    row(md, "sent (offered rate)", result.sent() + " (" + fmt(result.offeredRate()) + "/s)", "");
    row(
        md,
        "acknowledged 200 (achieved rate)",
        result.acknowledged() + " (" + fmt(result.achievedRate()) + "/s)",
        share(result.achievedRate(), result.httpCeiling()) + " of the HTTP ceiling");
    row(md, "acknowledgement latency (due → 200)", percentiles(result.acknowledgement()), "");
    row(
        md,
        "settled in the event log (processing rate)",
        result.settled() + " (" + fmt(result.processedRate()) + "/s)",
        share(result.processedRate(), result.databaseCeiling()) + " of the PostgreSQL ceiling");
    row(md, "notification → item committed", percentiles(result.endToEnd()), "");
    row(md, "drained after the last send", result.drain().toMillis() + " ms", "");
    row(
        md,
        "backlog: acknowledged, not yet applied (queue depth), max",
        Long.toString(result.maxBacklog()),
        "");
    row(md, "backlog every 5 s from the start", result.backlogSeries(), "");
    row(md, "errors", result.errors().isEmpty() ? "none" : result.errors().toString(), "");
    row(md, "HTTP ceiling (static file, same server)", fmt(result.httpCeiling()) + " req/s", "");
    row(
        md,
        "PostgreSQL ceiling (durable 2 KB single-row inserts, 16 clients)",
        fmt(result.databaseCeiling()) + " rows/s",
        "");
    row(
        md,
        "server CPU / largest RSS",
        serverFound
            ? String.format(
                Locale.ROOT, "%.2f cores / %d MB", result.serverCores(), result.serverRssMb())
            : "server process not found on this machine",
        "");
    md.append(
        "\nLatencies count from when a request was due, not when it could be sent (no coordinated"
            + " omission). End to end is eBay's Timestamp → the event's processed_at, for"
            + " notifications that reached the server within a second of being due.\n");
    Path report = save(options.reportDirectory(), "loadgen", now, md, "latest.md");
    return new LoadGenerator.Result(
        result.sent(),
        result.acknowledged(),
        result.errors(),
        result.acknowledgement(),
        result.endToEnd(),
        result.offeredRate(),
        result.achievedRate(),
        result.settled(),
        result.processedRate(),
        result.drain(),
        result.httpCeiling(),
        result.databaseCeiling(),
        result.serverCores(),
        result.serverRssMb(),
        result.maxBacklog(),
        result.backlogSeries(),
        report);
  }

  private static void row(StringBuilder md, String figure, String value, String share) {
    md.append("| ")
        .append(figure)
        .append(" | ")
        .append(value)
        .append(" | ")
        .append(share)
        .append(" |\n");
  }

  /** p50 / p90 / p99 / max in milliseconds. */
  static String percentiles(Histogram micros) {
    if (micros.getTotalCount() == 0) {
      return "no samples";
    }
    return String.format(
        Locale.ROOT,
        "p50 %.1f · p90 %.1f · p99 %.1f · max %.1f ms (%d samples)",
        micros.getValueAtPercentile(50) / 1000.0,
        micros.getValueAtPercentile(90) / 1000.0,
        micros.getValueAtPercentile(99) / 1000.0,
        micros.getMaxValue() / 1000.0,
        micros.getTotalCount());
  }

  private static String share(double figure, double ceiling) {
    return ceiling <= 0 ? "(not measured)" : String.format(Locale.ROOT, "%.2f ×", figure / ceiling);
  }

  private static String fmt(double value) {
    return String.format(Locale.ROOT, "%.0f", value);
  }
}
