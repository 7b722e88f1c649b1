package com.qventory.sync.application.webhook.intake;

import com.qventory.sync.application.Failures;
import com.qventory.sync.application.webhook.processing.SignatureClaims;
import com.qventory.sync.domain.webhook.SignatureRegister.Claim;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The shared register of accepted signatures, as the webhook asks it: for at most {@link #WAIT}, on
 * a thread of its own, so that an answer to eBay never waits long for the database. When the
 * register does not answer in time (the database is away or frozen), it is not asked again for
 * {@link #PAUSE}, and at most {@link #AT_ONCE} questions are ever outstanding: requests go on being
 * acknowledged, and processing — which waits for the database anyway — asks the register before
 * anything is believed.
 */
@ApplicationScoped
public class SharedSignatureRegister implements AcceptedSignatures.SharedSignatures {

  private static final Logger LOG = Logger.getLogger(SharedSignatureRegister.class.getName());

  static final Duration WAIT = Duration.ofMillis(250);
  static final Duration PAUSE = Duration.ofSeconds(5);
  static final int AT_ONCE = 4;

  @Inject private SignatureClaims claims;

  @Resource private ManagedExecutorService executor;

  private Function<Claim, Optional<String>> ask;
  private Executor asking;
  private final Semaphore outstanding = new Semaphore(AT_ONCE);
  private final AtomicLong pausedUntilNanos = new AtomicLong(System.nanoTime());

  SharedSignatureRegister() {}

  SharedSignatureRegister(Function<Claim, Optional<String>> ask, Executor asking) {
    this.ask = ask;
    this.asking = asking;
  }

  @Override
  public Optional<String> firstBody(Claim claim) {
    if (System.nanoTime() - pausedUntilNanos.get() < 0 || !outstanding.tryAcquire()) {
      return Optional.empty();
    }
    CompletableFuture<Optional<String>> answer;
    try {
      answer =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return ask().apply(claim);
                } finally {
                  outstanding.release();
                }
              },
              asking());
    } catch (RuntimeException e) {
      outstanding.release();
      return unavailable(e);
    }
    try {
      return answer.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      return unavailable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private Optional<String> unavailable(Exception e) {
    long until = System.nanoTime() + PAUSE.toNanos();
    long before = pausedUntilNanos.getAndSet(until);
    if (System.nanoTime() - before >= 0) {
      LOG.warning(
          "[PLATFORM] The shared register of accepted signatures did not answer within "
              + WAIT.toMillis()
              + " ms ("
              + (e instanceof TimeoutException ? "no answer" : Failures.rootCauseMessage(e))
              + "): notifications are acknowledged and their signatures registered when they are"
              + " processed; asked again in "
              + PAUSE.toSeconds()
              + " s");
    }
    return Optional.empty();
  }

  private Function<Claim, Optional<String>> ask() {
    return ask != null ? ask : claims::claimNow;
  }

  private Executor asking() {
    return asking != null ? asking : executor;
  }
}
