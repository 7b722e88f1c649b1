package com.qventory.sync.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The one rule for showing a moment. In a page, {@code <q:time value="…"/>} writes {@code <time
 * datetime="…">} with the exact UTC time as its text, which {@code app.js} turns into "3 min ago"
 * with the reader's local time on hover (and which stays readable without scripts). In a sentence
 * (a message), {@link #ago} and {@link #in} say the same in words, never a negative age.
 */
@Named
@ApplicationScoped
public class Times {

  private static final DateTimeFormatter READABLE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** The machine-readable value of a {@code datetime} attribute, to the second. */
  public String iso(Instant instant) {
    return instant == null ? "" : instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** What the element says before the script runs, or without it. */
  public String utc(Instant instant) {
    return instant == null ? "—" : READABLE.format(instant);
  }

  /**
   * How long ago {@code then} was, as the pages' script says it: "just now" within 45 s (and for a
   * moment a clock a little ahead puts in the future), then "3 min ago", "2 h ago", "4 days ago".
   */
  public static String ago(Instant then, Instant now) {
    Duration age = Duration.between(then, now);
    return age.toSeconds() < 45 ? "just now" : span(age) + " ago";
  }

  /** How long until {@code then}: "in 40 s", "in 3 min", "in 2 h"; "now" once it has come. */
  public static String in(Instant then, Instant now) {
    Duration wait = Duration.between(now, then);
    return wait.isNegative() || wait.isZero() ? "now" : "in " + span(wait);
  }

  private static String span(Duration length) {
    long seconds = Math.max(1, length.toSeconds());
    if (seconds < 60) {
      return seconds + " s";
    }
    if (seconds < 3600) {
      return Math.round(seconds / 60.0) + " min";
    }
    if (seconds < 86400) {
      return Math.round(seconds / 3600.0) + " h";
    }
    long days = Math.round(seconds / 86400.0);
    return days + (days == 1 ? " day" : " days");
  }
}
