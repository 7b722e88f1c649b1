package com.qventory.sync.application.webhook.admin;

import com.qventory.sync.application.webhook.admin.AdminOverview.Window;
import com.qventory.sync.domain.webhook.EventStatistics;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The overview's figures for its day and week, which read hundreds of thousands of events (the
 * week's latency percentiles sort every one: 1.4 s at a million events), kept for {@code
 * qventory.admin.long-window-max-age}. A view that finds them older gets them as they were and has
 * them read again in the background, so that only the first view after a start waits; the page says
 * when they were read. The last hour is always read live by {@link AdminOverview}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed("admin")
public class LongWindowFigures {

  private static final Logger LOG = Logger.getLogger(LongWindowFigures.class.getName());

  /** Figures of a window as read at a time. */
  public record Read(EventFigures figures, Instant at) {}

  /** What the database says of a window's events. */
  public record EventFigures(
      List<EventStatistics.Count> byStatus,
      List<EventStatistics.Count> byTopic,
      EventStatistics.Latency latency,
      List<EventStatistics.Count> refusals) {}

  private final Map<Window, Read> read = new ConcurrentHashMap<>();
  private final Map<Window, Boolean> reading = new ConcurrentHashMap<>();

  @Inject private EventStatistics statistics;

  @Inject private Clock clock;

  @Resource private SessionContext context;

  @Inject
  @ConfigProperty(name = "qventory.admin.long-window-max-age", defaultValue = "PT2M")
  private Duration maxAge;

  /** The window's figures: fresh enough, or as last read while they are read again. */
  public Read figures(Window window) {
    Instant now = clock.instant();
    Read last = read.get(window);
    if (last != null && Duration.between(last.at(), now).compareTo(maxAge) < 0) {
      return last;
    }
    if (last == null || maxAge.isZero()) {
      return readNow(window);
    }
    if (reading.putIfAbsent(window, Boolean.TRUE) == null) {
      context.getBusinessObject(LongWindowFigures.class).readInBackground(window);
    }
    return last;
  }

  @Asynchronous
  public void readInBackground(Window window) {
    try {
      readNow(window);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "[ADMIN] Could not read the overview's " + window.label(), e);
    } finally {
      reading.remove(window);
    }
  }

  private Read readNow(Window window) {
    Instant now = clock.instant();
    Read fresh = new Read(eventFigures(statistics, now.minus(window.length())), now);
    read.put(window, fresh);
    return fresh;
  }

  static EventFigures eventFigures(EventStatistics statistics, Instant since) {
    return new EventFigures(
        statistics.byStatus(since),
        statistics.byTopic(since, 15),
        statistics.latency(since),
        statistics.refusalsByReason(since));
  }
}
