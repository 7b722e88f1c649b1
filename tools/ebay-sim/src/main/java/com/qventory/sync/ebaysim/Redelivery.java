package com.qventory.sync.ebaysim;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.logging.Logger;

/**
 * How eBay delivers a push, on either channel: one attempt, and after a failure another after a
 * back-off that doubles from {@link SimConfig#firstRetryDelay()}, up to {@link
 * SimConfig#maxRetries()} retries — or fewer, when the channel's own rules stop it (a marked-down
 * application gets none).
 */
final class Redelivery {

  private static final Logger LOG = Logger.getLogger(Redelivery.class.getName());

  /** What a channel counts of its deliveries, and whether it lets eBay try again. */
  interface Books {
    void delivered(int attempt);

    /**
     * An attempt failed.
     *
     * @param retriesLeft whether the configured retries allow another
     * @return whether eBay tries again
     */
    boolean failed(int attempt, String outcome, boolean retriesLeft);

    void givenUp(int attempt, String outcome);
  }

  private final SimConfig config;
  private final ScheduledExecutorService scheduler;

  Redelivery(SimConfig config, ScheduledExecutorService scheduler) {
    this.config = config;
    this.scheduler = scheduler;
  }

  /**
   * Delivers after {@code delay}.
   *
   * @param what what is delivered, for the log: an event name or a topic
   * @param attempt sends it once (0 for the first attempt): empty when it was taken, else what went
   *     wrong
   */
  void start(String what, Duration delay, IntFunction<Optional<String>> attempt, Books books) {
    schedule(what, 0, delay, attempt, books);
  }

  private void schedule(
      String what, int number, Duration delay, IntFunction<Optional<String>> attempt, Books books) {
    scheduler.schedule(
        () -> run(what, number, attempt, books), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void run(String what, int number, IntFunction<Optional<String>> attempt, Books books) {
    Optional<String> failure = attempt.apply(number);
    if (failure.isEmpty()) {
      books.delivered(number);
      return;
    }
    if (books.failed(number, failure.get(), number < config.maxRetries())) {
      Duration backOff = config.firstRetryDelay().multipliedBy(1L << Math.min(number, 16));
      LOG.info("[SIM] " + what + " not accepted (" + failure.get() + "); retry in " + backOff);
      schedule(what, number + 1, backOff, attempt, books);
    } else {
      books.givenUp(number, failure.get());
      LOG.warning(
          "[SIM] "
              + what
              + " given up after "
              + (number + 1)
              + " attempts ("
              + failure.get()
              + ")");
    }
  }
}
