package com.qventory.sync.devstack;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/** Polls for a condition rather than sleeping a guessed time. */
public final class Await {

  private Await() {}

  /** {@code value} once present, or empty when {@code timeout} passed first. */
  public static <T> Optional<T> until(Duration timeout, Callable<Optional<T>> value)
      throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<T> current = value.call();
      if (current.isPresent() || System.nanoTime() > deadline) {
        return current;
      }
      Thread.sleep(100);
    }
  }
}
