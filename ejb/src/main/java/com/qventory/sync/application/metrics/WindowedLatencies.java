package com.qventory.sync.application.metrics;

import com.qventory.sync.domain.webhook.EventStatistics.Latency;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.HdrHistogram.Histogram;

/**
 * Latencies kept in memory for the last hour (a histogram per minute) and the last week (one per
 * hour), so that percentiles over 1 h, 24 h and 7 d can be read without storing every sample. The
 * windows are whole slots: "24 h" is the 24 hour slots up to and including the current one. Values
 * are recorded in microseconds to two significant digits (1 % resolution), from 1 µs to 10 min.
 */
final class WindowedLatencies {

  private static final long HIGHEST_MICROS = Duration.ofMinutes(10).toNanos() / 1_000;
  private static final int SIGNIFICANT_DIGITS = 2;

  private final Slots minutes = new Slots(60, 60);
  private final Slots hours = new Slots(7 * 24, 3_600);

  synchronized void record(Instant at, Duration took) {
    long micros = Math.min(Math.max(took.toNanos() / 1_000, 1), HIGHEST_MICROS);
    minutes.at(at).recordValue(micros);
    hours.at(at).recordValue(micros);
  }

  /**
   * Percentiles over the window ending at {@code now}: read from the minute slots for an hour or
   * less, from the hour slots beyond.
   */
  synchronized Latency over(Instant now, Duration window) {
    Histogram sum = newHistogram();
    if (window.compareTo(Duration.ofHours(1)) <= 0) {
      minutes.addLast(now, (int) Math.max(1, window.toMinutes()), sum);
    } else {
      hours.addLast(now, (int) Math.min(hours.size(), window.toHours()), sum);
    }
    long count = sum.getTotalCount();
    return new Latency(count, percentile(sum, 50), percentile(sum, 95), percentile(sum, 99));
  }

  private static Optional<Double> percentile(Histogram histogram, double percentile) {
    return histogram.getTotalCount() == 0
        ? Optional.empty()
        : Optional.of(histogram.getValueAtPercentile(percentile) / 1_000.0);
  }

  private static Histogram newHistogram() {
    return new Histogram(HIGHEST_MICROS, SIGNIFICANT_DIGITS);
  }

  /** A ring of histograms, one per period of {@code seconds}, reused when their period ends. */
  private static final class Slots {

    private final Histogram[] histograms;
    private final long[] periods;
    private final long seconds;

    Slots(int size, long seconds) {
      this.histograms = new Histogram[size];
      this.periods = new long[size];
      this.seconds = seconds;
      Arrays.fill(periods, -1);
    }

    int size() {
      return histograms.length;
    }

    Histogram at(Instant at) {
      long period = Math.floorDiv(at.getEpochSecond(), seconds);
      int index = (int) Math.floorMod(period, histograms.length);
      if (periods[index] != period) {
        if (histograms[index] == null) {
          histograms[index] = newHistogram();
        } else {
          histograms[index].reset();
        }
        periods[index] = period;
      }
      return histograms[index];
    }

    /** Adds the {@code count} periods up to and including the one of {@code now}. */
    void addLast(Instant now, int count, Histogram sum) {
      long current = Math.floorDiv(now.getEpochSecond(), seconds);
      for (long period = current - count + 1; period <= current; period++) {
        int index = (int) Math.floorMod(period, histograms.length);
        if (periods[index] == period) {
          sum.add(histograms[index]);
        }
      }
    }
  }
}
