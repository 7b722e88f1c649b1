package com.qventory.sync.interfaces.http;

import com.qventory.sync.application.Failures;
import com.qventory.sync.application.webhook.intake.Refusal;
import com.qventory.sync.application.webhook.intake.Refusals;
import com.qventory.sync.domain.webhook.RefusalReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Logger;

/**
 * What the HTTP edge's handlers know of the application: their settings, the counts they keep, and
 * the application's refusal log. Made once the application has started ({@link EdgeWiring}); until
 * then the handlers let every request through.
 */
final class Edge {

  private static final Logger LOG = Logger.getLogger(Edge.class.getName());

  /** Where the servlet context keeps it. */
  static final String ATTRIBUTE = Edge.class.getName();

  /**
   * @param bodyDeadline how long a request's whole body may take to arrive
   * @param openBodiesPerAddress bodies one address may have arriving at once
   * @param bufferLimit bytes of a body read before the application is called (the rest, if any, it
   *     reads itself)
   * @param trustedProxies whose {@code X-Forwarded-For} is believed
   * @param httpsBase the public URL when it is https: pages are served over https only
   */
  record Settings(
      Duration bodyDeadline,
      int openBodiesPerAddress,
      int bufferLimit,
      LoginAttempts.Limits logins,
      TrustedProxies trustedProxies,
      Optional<String> httpsBase) {}

  private final Settings settings;
  private final Clock clock;
  private final Refusals refusals;
  private final Executor recorder;
  private final OpenBodies openBodies;
  private final LoginAttempts logins;

  /**
   * @param recorder where refusals are recorded (they write to the database, and the edge runs on
   *     the server's I/O threads)
   */
  Edge(Settings settings, Clock clock, Refusals refusals, Executor recorder) {
    this.settings = settings;
    this.clock = clock;
    this.refusals = refusals;
    this.recorder = recorder;
    this.openBodies = new OpenBodies(settings.openBodiesPerAddress());
    this.logins = new LoginAttempts(settings.logins(), clock);
  }

  Settings settings() {
    return settings;
  }

  Clock clock() {
    return clock;
  }

  OpenBodies openBodies() {
    return openBodies;
  }

  LoginAttempts logins() {
    return logins;
  }

  /** When a webhook request from this address is heard again, if it was refused too often. */
  Optional<Instant> webhookRefusingUntil(String address, Instant now) {
    return refusals.refusingUntil(address, now);
  }

  /** Counts and records a refusal, off the I/O thread. */
  void refused(RefusalReason reason, String detail, String address, Instant at) {
    try {
      recorder.execute(
          () -> refusals.refused(Refusal.of(reason, detail, new byte[0], address, at)));
    } catch (RejectedExecutionException e) {
      LOG.warning(
          "[HTTP] Could not record a refusal ("
              + reason
              + ") of "
              + address
              + ": "
              + Failures.rootCauseMessage(e));
    }
  }
}
