package com.qventory.sync.application.webhook.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.domain.webhook.SignatureRegister.Claim;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SharedSignatureRegisterTest {

  private static final Claim CLAIM = new Claim("2026-12-08T01:00:00.000Z", "body", Instant.MAX);

  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final CountDownLatch frozen = new CountDownLatch(1);
  private final AtomicInteger asked = new AtomicInteger();

  @AfterEach
  void thaw() {
    frozen.countDown();
    threads.shutdownNow();
  }

  @Test
  void anAnswerIsTheRegistersFirstBody() {
    SharedSignatureRegister register =
        new SharedSignatureRegister(claim -> Optional.of("first"), threads);

    assertEquals(Optional.of("first"), register.firstBody(CLAIM));
  }

  @Test
  void aFrozenDatabaseCostsTheWebhookAQuarterSecondOnceAndThenNothingForAWhile() {
    SharedSignatureRegister register =
        new SharedSignatureRegister(
            claim -> {
              asked.incrementAndGet();
              try {
                frozen.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return Optional.of("late");
            },
            threads);

    long started = System.nanoTime();
    assertEquals(Optional.empty(), register.firstBody(CLAIM), "not in time: unknown");
    long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    long again = System.nanoTime();
    for (int i = 0; i < 100; i++) {
      assertEquals(Optional.empty(), register.firstBody(CLAIM));
    }

    assertTrue(waited >= SharedSignatureRegister.WAIT.toMillis(), "waited " + waited + " ms");
    assertTrue(
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - again) < 100,
        "paused: not asked again, not waited for");
    assertEquals(1, asked.get());
  }

  @Test
  void aFailingRegisterIsAnUnknownNotAnError() {
    SharedSignatureRegister register =
        new SharedSignatureRegister(
            claim -> {
              throw new IllegalStateException("database down");
            },
            threads);

    assertEquals(Optional.empty(), register.firstBody(CLAIM));
  }
}
