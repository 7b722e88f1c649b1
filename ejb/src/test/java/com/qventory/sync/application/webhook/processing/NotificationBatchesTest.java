package com.qventory.sync.application.webhook.processing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.application.inventory.EbayAnswers;
import com.qventory.sync.application.webhook.QueuedNotification;
import com.qventory.sync.application.webhook.WebhookSettings;
import com.qventory.sync.domain.webhook.MalformedNotificationException;
import com.qventory.sync.domain.webhook.NotificationChannel;
import com.qventory.sync.domain.webhook.WebhookEventStatus;
import com.qventory.sync.testing.Fields;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Group commit without a container: what is waiting is applied together, failures alone. */
class NotificationBatchesTest {

  /** Records the batches it is given; the first one waits until the test lets it go. */
  private static final class RecordingProcessor extends PlatformChannel {
    final List<List<String>> batches = new ArrayList<>();
    final List<String> alone = new ArrayList<>();
    final CountDownLatch firstStarted = new CountDownLatch(1);
    final CountDownLatch releaseFirst = new CountDownLatch(1);
    volatile String poison = "";

    @Override
    public List<WebhookEventStatus> processAll(List<InboundNotification> batch) {
      hold();
      List<String> payloads = batch.stream().map(InboundNotification::rawPayload).toList();
      synchronized (this) {
        batches.add(payloads);
      }
      if (payloads.contains(poison)) {
        throw new BatchFailedException(new IllegalStateException("poison in the batch"));
      }
      return payloads.stream().map(p -> WebhookEventStatus.PROCESSED).toList();
    }

    @Override
    public WebhookEventStatus process(InboundNotification inbound, EbayAnswers answers)
        throws MalformedNotificationException {
      hold();
      synchronized (this) {
        alone.add(inbound.rawPayload());
      }
      if (inbound.rawPayload().equals(poison)) {
        throw new MalformedNotificationException("cannot read " + poison, null);
      }
      return WebhookEventStatus.PROCESSED;
    }

    private void hold() {
      if (firstStarted.getCount() > 0) {
        firstStarted.countDown();
        try {
          releaseFirst.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  private final RecordingProcessor processor = new RecordingProcessor();
  private final NotificationBatches batches = new NotificationBatches();
  private final ExecutorService beans = Executors.newCachedThreadPool();

  NotificationBatchesTest() throws Exception {
    set("processor", processor);
    set("handlers", new OneHandler(processor));
    set("settings", settings(3));
    set("threads", new PlainThreads());
    batches.startAppliers();
  }

  @AfterEach
  void stop() {
    batches.stopAppliers();
    beans.shutdownNow();
  }

  @Test
  void whatArrivesWhileABatchIsAppliedIsAppliedTogetherAndEachBeanHearsItsOwnOutcome()
      throws Exception {
    Future<WebhookEventStatus> first = submit("n1");
    assertTrue(processor.firstStarted.await(10, TimeUnit.SECONDS));
    List<Future<WebhookEventStatus>> more = new ArrayList<>();
    for (String payload : List.of("n2", "n3", "n4", "n5")) {
      more.add(submit(payload));
      awaitWaiting(more.size());
    }
    processor.releaseFirst.countDown();

    assertEquals(WebhookEventStatus.PROCESSED, first.get(10, TimeUnit.SECONDS));
    for (Future<WebhookEventStatus> each : more) {
      assertEquals(WebhookEventStatus.PROCESSED, each.get(10, TimeUnit.SECONDS));
    }
    assertEquals(
        List.of(List.of("n2", "n3", "n4")),
        processor.batches,
        "at most batch-size (3) to a transaction, in the order they arrived");
    assertEquals(List.of("n1", "n5"), processor.alone, "alone, a notification needs no batch");
  }

  @Test
  void aBatchThatFailsIsAppliedOneByOneSoThatOnlyTheBadNotificationFails() throws Exception {
    processor.poison = "bad";
    Future<WebhookEventStatus> first = submit("n1");
    assertTrue(processor.firstStarted.await(10, TimeUnit.SECONDS));
    Future<WebhookEventStatus> good = submit("good");
    awaitWaiting(1);
    Future<WebhookEventStatus> bad = submit("bad");
    awaitWaiting(2);
    processor.releaseFirst.countDown();

    assertEquals(WebhookEventStatus.PROCESSED, first.get(10, TimeUnit.SECONDS));
    assertEquals(WebhookEventStatus.PROCESSED, good.get(10, TimeUnit.SECONDS));
    ExecutionException failed =
        assertThrows(ExecutionException.class, () -> bad.get(10, TimeUnit.SECONDS));
    assertSame(MalformedNotificationException.class, failed.getCause().getClass());
    assertEquals(List.of(List.of("good", "bad")), processor.batches);
    assertEquals(List.of("n1", "good", "bad"), processor.alone);
  }

  private Future<WebhookEventStatus> submit(String payload) {
    InboundNotification inbound =
        new InboundNotification(
            QueuedNotification.platform(UUID.randomUUID(), payload, null, Instant.now()),
            1,
            Instant.now());
    return beans.submit(() -> batches.process(inbound));
  }

  /** Waits until {@code n} notifications are queued behind the batch being applied. */
  private void awaitWaiting(int n) throws Exception {
    Field field = NotificationBatches.class.getDeclaredField("waiting");
    field.setAccessible(true);
    Collection<?> waiting = (Collection<?>) field.get(batches);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (waiting.size() < n) {
      assertTrue(System.nanoTime() < deadline, "only " + waiting.size() + " waiting");
      Thread.sleep(5);
    }
  }

  private void set(String field, Object value) {
    Fields.set(batches, field, value);
  }

  private static WebhookSettings settings(int batchSize) {
    Map<String, Object> answers = Map.of("batchSize", batchSize, "appliers", 1);
    return (WebhookSettings)
        Proxy.newProxyInstance(
            WebhookSettings.class.getClassLoader(),
            new Class<?>[] {WebhookSettings.class},
            (proxy, method, args) -> answers.get(method.getName()));
  }

  /** Every channel handled by the one handler under test. */
  private static final class OneHandler extends ChannelHandlers {
    private final ChannelHandler handler;

    OneHandler(ChannelHandler handler) {
      this.handler = handler;
    }

    @Override
    public ChannelHandler of(NotificationChannel channel) {
      return handler;
    }
  }

  /** The container's thread factory, played by plain threads. */
  private static final class PlainThreads implements ManagedThreadFactory {
    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task);
      thread.setDaemon(true);
      return thread;
    }

    @Override
    public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
      throw new UnsupportedOperationException();
    }
  }
}
