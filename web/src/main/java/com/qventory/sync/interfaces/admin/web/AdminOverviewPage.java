package com.qventory.sync.interfaces.admin.web;

import com.qventory.sync.application.webhook.admin.AdminOverview;
import com.qventory.sync.interfaces.web.Times;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** The admin's overview page: figures read once per request, charts drawn as SVG here. */
@Named
@RequestScoped
public class AdminOverviewPage {

  static final int CHART_WIDTH = 600;
  static final int CHART_HEIGHT = 80;

  @Inject private AdminOverview overview;

  private AdminOverview.Overview current;

  @PostConstruct
  void load() {
    current = overview.overview();
  }

  public AdminOverview.Overview getOverview() {
    return current;
  }

  public String getLastHourPoints() {
    return points(current.lastHour());
  }

  public String getLastDayPoints() {
    return points(current.lastDay());
  }

  public long getLastHourPeak() {
    return max(current.lastHour());
  }

  public long getLastDayPeak() {
    return max(current.lastDay());
  }

  /** The polyline of a series scaled to the chart: the newest point on the right. */
  static String points(long[] series) {
    long peak = Math.max(1, max(series));
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < series.length; i++) {
      double x = series.length == 1 ? 0 : (double) i * CHART_WIDTH / (series.length - 1);
      double y = CHART_HEIGHT - (double) series[i] * (CHART_HEIGHT - 4) / peak - 2;
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
    }
    return points.toString().strip();
  }

  private static long max(long[] series) {
    long peak = 0;
    for (long value : series) {
      peak = Math.max(peak, value);
    }
    return peak;
  }

  /**
   * When the day's and week's figures were read, when that was not now (they are kept a while:
   * reading them at a million events takes seconds).
   */
  public String getLongWindowsRead() {
    return current.windows().stream()
        .filter(w -> !w.readAt().equals(current.at()))
        .map(AdminOverview.Figures::readAt)
        .min(Comparator.naturalOrder())
        .map(
            at ->
                "The 24 h and 7 d figures are kept a while and were read "
                    + Times.ago(at, current.at())
                    + "; they are read again in the background.")
        .orElse("");
  }

  /** The age of a queue's oldest message, or a dash when none waits. */
  public String age(Optional<Long> millis) {
    return millis.map(m -> m < 1000 ? m + " ms" : (m / 1000) + " s").orElse("—");
  }

  /** Milliseconds as people read them. */
  public String millis(Optional<Double> value) {
    return value
        .map(v -> String.format(Locale.ROOT, v < 10 ? "%.1f ms" : "%.0f ms", v))
        .orElse("—");
  }
}
