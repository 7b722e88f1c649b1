package com.qventory.sync.application.webhook.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qventory.sync.application.webhook.admin.AdminOverview.Window;
import com.qventory.sync.domain.webhook.EventStatistics;
import com.qventory.sync.testing.Fields;
import com.qventory.sync.testing.MovableClock;
import jakarta.ejb.SessionContext;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LongWindowFiguresTest {

  private static final Window WEEK = new Window("7 d", Duration.ofDays(7));
  private static final Instant START = Instant.parse("2026-12-02T09:00:00Z");

  private int reads;
  private final MovableClock clock = new MovableClock(START);

  @Test
  void theFirstViewReadsAndLaterViewsWithinTheMaxAgeDoNot() throws Exception {
    LongWindowFigures figures = figures(Duration.ofMinutes(2));

    assertEquals(1, count(figures.figures(WEEK)));
    clock.advance(Duration.ofSeconds(119));
    assertEquals(1, count(figures.figures(WEEK)), "kept");
    assertEquals(1, reads);
  }

  @Test
  void anOlderReadIsShownOnceWhileItIsReadAgain() throws Exception {
    LongWindowFigures figures = figures(Duration.ofMinutes(2));
    figures.figures(WEEK);
    clock.advance(Duration.ofSeconds(121));

    LongWindowFigures.Read stale = figures.figures(WEEK);
    LongWindowFigures.Read fresh = figures.figures(WEEK);

    assertEquals(START, stale.at(), "as it was, not waited for");
    assertEquals(1, count(stale));
    assertEquals(clock.instant(), fresh.at(), "read again (here the background is this thread)");
    assertEquals(2, count(fresh));
  }

  @Test
  void noMaxAgeReadsAtEveryView() throws Exception {
    LongWindowFigures figures = figures(Duration.ZERO);
    figures.figures(WEEK);
    figures.figures(WEEK);
    assertEquals(2, reads);
  }

  private static long count(LongWindowFigures.Read read) {
    return read.figures().byStatus().get(0).count();
  }

  private LongWindowFigures figures(Duration maxAge) throws Exception {
    LongWindowFigures figures = new LongWindowFigures();
    Fields.set(figures, "statistics", statistics());
    Fields.set(figures, "maxAge", maxAge);
    Fields.set(figures, "clock", clock);
    Fields.set(
        figures,
        "context",
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {SessionContext.class},
            (proxy, method, args) ->
                method.getName().equals("getBusinessObject") ? figures : null));
    return figures;
  }

  /** Counts its reads; each read's PROCESSED count is the number of the read. */
  private EventStatistics statistics() {
    return new EventStatistics() {
      @Override
      public List<Count> byStatus(Instant since) {
        reads++;
        return List.of(new Count("PROCESSED", reads));
      }

      @Override
      public List<Count> byTopic(Instant since, int limit) {
        return List.of();
      }

      @Override
      public Latency latency(Instant since) {
        return new Latency(0, Optional.empty(), Optional.empty(), Optional.empty());
      }

      @Override
      public List<Count> refusalsByReason(Instant since) {
        return List.of();
      }

      @Override
      public long[] receivedPer(Instant now, int bucketSeconds, int buckets) {
        return new long[buckets];
      }
    };
  }
}
