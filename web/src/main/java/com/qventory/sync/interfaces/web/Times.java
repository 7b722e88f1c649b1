package com.qventory.sync.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Times as pages write them: {@code <time datetime="…">} with the exact UTC time as its text, which
 * {@code app.js} turns into "3 min ago" with the reader's local time on hover (and which stays
 * readable without scripts).
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
}
