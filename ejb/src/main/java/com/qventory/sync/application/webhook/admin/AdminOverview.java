package com.qventory.sync.application.webhook.admin;

import com.qventory.sync.application.metrics.AcknowledgementLatencies;
import com.qventory.sync.domain.webhook.EventStatistics;
import com.qventory.sync.domain.webhook.EventStatistics.Count;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The admin's "is eBay reaching us, and is anything piling up?" at a glance: traffic per minute,
 * outcomes and topics, acknowledgement and processing latency percentiles and refusals over the
 * last hour, day and week, the queues as the broker reports them, and what needs doing about
 * UNMATCHED, FAILED and DEAD events.
 */
@Stateless
@RolesAllowed("admin")
public class AdminOverview {

  /** The windows the figures are given for. */
  public static final List<Window> WINDOWS =
      List.of(
          new Window("1 h", Duration.ofHours(1)),
          new Window("24 h", Duration.ofHours(24)),
          new Window("7 d", Duration.ofDays(7)));

  public record Window(String label, Duration length) {}

  /**
   * @param readAt when the events' figures were read (the day's and week's are kept a while: {@link
   *     LongWindowFigures})
   * @param acknowledgement this node's, in memory and live
   */
  public record Figures(
      Window window,
      List<Count> byStatus,
      List<Count> byTopic,
      EventStatistics.Latency latency,
      EventStatistics.Latency acknowledgement,
      List<Count> refusals,
      Instant readAt) {

    public long count(String status) {
      return byStatus.stream().filter(c -> c.key().equals(status)).mapToLong(Count::count).sum();
    }

    public long topic(String topic) {
      return byTopic.stream().filter(c -> c.key().equals(topic)).mapToLong(Count::count).sum();
    }

    public long total() {
      return byStatus.stream().mapToLong(Count::count).sum();
    }
  }

  /** Something an admin should act on, and what to do. */
  public record Attention(String what, String todo) {}

  /**
   * @param lastHour notifications received in each minute of the last hour, oldest first
   * @param lastDay in each quarter of an hour of the last 24 hours
   */
  public record Overview(
      Instant at,
      List<Figures> windows,
      long[] lastHour,
      long[] lastDay,
      Optional<QueueStatistics.QueueState> queue,
      Optional<QueueStatistics.QueueState> deadLetters,
      List<Attention> attention) {

    /** The queues whose figures the broker gave. */
    public List<QueueStatistics.QueueState> queues() {
      return Stream.of(queue, deadLetters).flatMap(Optional::stream).toList();
    }
  }

  @Inject private EventStatistics statistics;

  @Inject private QueueStatistics queues;

  @Inject private AcknowledgementLatencies acknowledgements;

  @Inject private LongWindowFigures longWindows;

  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "qventory.admin.backlog-warning", defaultValue = "PT1M")
  private Duration backlogWarning;

  public Overview overview() {
    Instant now = clock.instant();
    List<Figures> windows = new ArrayList<>();
    for (Window window : WINDOWS) {
      LongWindowFigures.Read read =
          window.length().compareTo(Duration.ofHours(1)) <= 0
              ? new LongWindowFigures.Read(
                  LongWindowFigures.eventFigures(statistics, now.minus(window.length())), now)
              : longWindows.figures(window);
      LongWindowFigures.EventFigures events = read.figures();
      windows.add(
          new Figures(
              window,
              events.byStatus(),
              events.byTopic(),
              events.latency(),
              acknowledgements.over(window.length()),
              events.refusals(),
              read.at()));
    }
    Optional<QueueStatistics.QueueState> queue = queues.notifications();
    Optional<QueueStatistics.QueueState> dead = queues.deadLetters();
    return new Overview(
        now,
        windows,
        statistics.receivedPer(now, 60, 60),
        statistics.receivedPer(now, 900, 96),
        queue,
        dead,
        attention(windows.get(1), queue));
  }

  private List<Attention> attention(Figures day, Optional<QueueStatistics.QueueState> queue) {
    List<Attention> attention = new ArrayList<>();
    if (queue.isEmpty()) {
      attention.add(
          new Attention(
              "The broker's figures cannot be read",
              "check the messaging subsystem in WildFly's management console"));
    }
    queue
        .flatMap(QueueStatistics.QueueState::oldestWaitingMillis)
        .filter(age -> age > backlogWarning.toMillis())
        .ifPresent(
            age ->
                attention.add(
                    new Attention(
                        "The oldest notification has waited "
                            + Duration.ofMillis(age).toSeconds()
                            + " s in the queue",
                        "processing is behind: is the database slow or down? (health, datasource"
                            + " pool)")));
    if (day.count("DEAD") > 0) {
      attention.add(
          new Attention(
              day.count("DEAD") + " DEAD in the last 24 h",
              "open one to read its last error, fix the cause, then replay them (Replay matching…"
                  + " with status DEAD)"));
    }
    if (day.count("FAILED") > 0) {
      attention.add(
          new Attention(
              day.count("FAILED") + " FAILED in the last 24 h",
              "they are retried with back-off; if the same error repeats, fix it before they"
                  + " become DEAD"));
    }
    if (day.count("UNMATCHED") > 0) {
      attention.add(
          new Attention(
              day.count("UNMATCHED") + " UNMATCHED in the last 24 h",
              "eBay names a user no seller has connected: link the seller"
                  + " (PUT /api/v1/admin/sellers/{username}/ebay-account) or ask them to connect,"
                  + " then replay"));
    }
    return attention;
  }
}
