package com.qventory.sync.interfaces.http;

import com.qventory.sync.application.webhook.WebhookSettings;
import com.qventory.sync.application.webhook.intake.Refusals;
import com.qventory.sync.infrastructure.ebay.EbayEndpoints;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** Gives the HTTP edge ({@link HttpEdge}) its settings and the application's refusal log. */
@WebListener
public class EdgeWiring implements ServletContextListener {

  /** Entries each of the edge's maps keeps at most. */
  static final int MAX_ENTRIES = 100_000;

  @Inject private Config config;

  @Inject private Refusals refusals;

  @Inject private WebhookSettings webhook;

  @Inject private Clock clock;

  @Inject private EbayEndpoints endpoints;

  @Resource private ManagedExecutorService executor;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Edge.Settings settings =
        new Edge.Settings(
            setting("qventory.http.body-deadline", Duration.class, Duration.ofSeconds(10)),
            positive("qventory.http.open-bodies-per-address", 16),
            webhook.maxBodyBytes() + 1,
            new LoginAttempts.Limits(
                positive("qventory.login.failures-per-minute", 20),
                positive("qventory.signups-per-minute", 10),
                positive("qventory.login.guesses-per-name-per-hour", 100),
                MAX_ENTRIES),
            trustedProxies(),
            endpoints.servesHttps() ? Optional.of(endpoints.publicBaseUrl()) : Optional.empty());
    if (settings.bodyDeadline().isNegative() || settings.bodyDeadline().isZero()) {
      throw new IllegalStateException("qventory.http.body-deadline must be longer than zero");
    }
    event
        .getServletContext()
        .setAttribute(Edge.ATTRIBUTE, new Edge(settings, clock, refusals, executor));
  }

  @Override
  public void contextDestroyed(ServletContextEvent event) {
    event.getServletContext().removeAttribute(Edge.ATTRIBUTE);
  }

  private TrustedProxies trustedProxies() {
    String name = "qventory.http.trusted-proxies";
    try {
      return TrustedProxies.parse(setting(name, String.class, ""));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(name + ": " + e.getMessage(), e);
    }
  }

  private <T> T setting(String name, Class<T> type, T fallback) {
    return config.getOptionalValue(name, type).orElse(fallback);
  }

  private int positive(String name, int fallback) {
    int value = setting(name, Integer.class, fallback);
    if (value < 1) {
      throw new IllegalStateException(name + " must be at least 1, not " + value);
    }
    return value;
  }
}
