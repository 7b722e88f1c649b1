package com.qventory.sync.infrastructure.health;

import com.qventory.sync.infrastructure.ServerResources;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Asks the database and the broker whether they answer. Used by the public health endpoint and by
 * MicroProfile Health on the management interface, so both always say the same thing. A component
 * going down or coming back is logged once, not on every probe.
 *
 * <p>This module is packaged in the EAR's {@code lib/}: WildFly 39 registers MicroProfile Health
 * checks of an EAR only from there, not from its EJB or web modules.
 */
@ApplicationScoped
public class PlatformHealth {

  public static final String DATABASE = "database";
  public static final String BROKER = "broker";

  private static final Logger LOG = Logger.getLogger(PlatformHealth.class.getName());
  private static final int QUERY_TIMEOUT_SECONDS = 3;

  @Resource(lookup = ServerResources.DATASOURCE)
  private DataSource dataSource;

  /** The in-VM, non-XA factory: a probe needs no transaction and no pooled connection. */
  @Resource(lookup = ServerResources.IN_VM_CONNECTION_FACTORY)
  private ConnectionFactory connectionFactory;

  @Resource(lookup = ServerResources.PLATFORM_NOTIFICATIONS_QUEUE)
  private Queue notificationQueue;

  @Inject private SchemaStatus schema;

  private final Map<String, Boolean> lastKnownUp = new ConcurrentHashMap<>();

  /**
   * How long a probe's answer is reused: however many health requests arrive, the database and the
   * broker are asked at most once a second each (the public endpoint needs no credentials).
   */
  static final Duration REUSED_FOR = Duration.ofSeconds(1);

  private final Probe databaseProbe = new Probe(this::probeDatabase, System::nanoTime);

  private final Probe brokerProbe = new Probe(this::probeBroker, System::nanoTime);

  public List<ComponentStatus> check() {
    return List.of(database(), broker());
  }

  public ComponentStatus database() {
    return databaseProbe.status();
  }

  public ComponentStatus broker() {
    return brokerProbe.status();
  }

  /**
   * One component's last answer, asked again once it is {@link #REUSED_FOR} old. Callers meanwhile
   * wait for the probe under way rather than start their own.
   */
  static final class Probe {

    private final Supplier<ComponentStatus> probe;
    private final LongSupplier nanoTime;
    private ComponentStatus last;
    private long askedAt;

    Probe(Supplier<ComponentStatus> probe, LongSupplier nanoTime) {
      this.probe = probe;
      this.nanoTime = nanoTime;
    }

    synchronized ComponentStatus status() {
      long now = nanoTime.getAsLong();
      if (last == null || now - askedAt >= REUSED_FOR.toNanos()) {
        last = probe.get();
        askedAt = nanoTime.getAsLong();
      }
      return last;
    }
  }

  private ComponentStatus probeDatabase() {
    ComponentStatus status;
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      try (ResultSet result = statement.executeQuery("SELECT 1")) {
        result.next();
      }
      status =
          schema.isReady()
              ? ComponentStatus.up(DATABASE)
              : ComponentStatus.down(DATABASE, "schema migration pending");
    } catch (SQLException | RuntimeException e) {
      status = ComponentStatus.down(DATABASE, "cannot query the database");
      logTransition(status, innermost(e));
      return status;
    }
    logTransition(status, status.reason().orElse(""));
    return status;
  }

  /**
   * A context on the broker: as the cluster's broker user when the node is a client of one (which
   * requires a log-in), else on the embedded broker in this server.
   */
  private JMSContext brokerContext() {
    String user = System.getenv("QVENTORY_BROKER_USER");
    return user == null || user.isBlank()
        ? connectionFactory.createContext()
        : connectionFactory.createContext(user, System.getenv("QVENTORY_BROKER_PASSWORD"));
  }

  private ComponentStatus probeBroker() {
    ComponentStatus status;
    String detail = "";
    try (JMSContext context = brokerContext();
        QueueBrowser browser = context.createBrowser(notificationQueue)) {
      browser.getEnumeration();
      status = ComponentStatus.up(BROKER);
    } catch (JMSException | RuntimeException e) {
      status = ComponentStatus.down(BROKER, "cannot browse the notification queue");
      detail = innermost(e);
    }
    logTransition(status, detail);
    return status;
  }

  /**
   * What the innermost cause says ("Connection to localhost:5432 refused"): the operator's clue.
   */
  private static String innermost(Throwable failure) {
    Throwable root =
        Stream.iterate(failure, Objects::nonNull, Throwable::getCause).reduce((a, b) -> b).get();
    return Objects.requireNonNullElse(root.getMessage(), root.getClass().getName());
  }

  private void logTransition(ComponentStatus status, String detail) {
    Boolean previous = lastKnownUp.put(status.component(), status.up());
    if (previous == null ? !status.up() : previous != status.up()) {
      if (status.up()) {
        LOG.info("[HEALTH] " + status.component() + " is up again");
      } else {
        LOG.severe("[HEALTH] " + status.component() + " is down: " + detail);
      }
    }
  }
}
