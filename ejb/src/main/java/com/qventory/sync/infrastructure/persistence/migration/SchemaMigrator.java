package com.qventory.sync.infrastructure.persistence.migration;

import com.qventory.sync.application.Failures;
import com.qventory.sync.application.SchemaReady;
import com.qventory.sync.infrastructure.ServerResources;
import com.qventory.sync.infrastructure.SettingsCheck;
import com.qventory.sync.infrastructure.health.SchemaStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;

/**
 * Owns the schema: at start-up it applies the versioned migrations in {@code db/migration} with
 * Flyway, then has Hibernate validate the mappings against the result. The persistence unit itself
 * never touches the schema.
 *
 * <p>A database that cannot be reached does not fail the deployment: the server says so in one log
 * line, the health endpoints report it, and the migration is retried until it succeeds. A migration
 * or validation error is a defect and does fail the deployment. Flyway's lock makes concurrent
 * starts of several cluster nodes safe.
 */
@Singleton
@PermitAll
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrator {

  static final Duration RETRY_INTERVAL = Duration.ofSeconds(5);
  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  @Resource(lookup = ServerResources.DATASOURCE)
  private DataSource dataSource;

  @PersistenceUnit(unitName = "qventory")
  private EntityManagerFactory entityManagerFactory;

  @Resource private TimerService timers;

  @Inject private Event<SchemaReady> schemaReady;

  @Inject private SchemaStatus status;

  private volatile boolean ready;
  private volatile boolean unreachableReported;

  @Inject private SettingsCheck settings;

  @PostConstruct
  void migrateAtStart() {
    settings.verify(); // nothing touches the database before every setting is right
    attempt();
  }

  @Timeout
  void retry() {
    attempt();
  }

  private synchronized void attempt() {
    if (ready) {
      return;
    }
    try (Connection probe = dataSource.getConnection()) {
      probe.isValid(5);
    } catch (SQLException e) {
      if (!unreachableReported) {
        LOG.severe(
            "[PLATFORM] Database unreachable through "
                + ServerResources.DATASOURCE
                + ": "
                + Failures.rootCauseMessage(e)
                + " — retrying every "
                + RETRY_INTERVAL.toSeconds()
                + " s; /webhooks/platform/health reports it");
        unreachableReported = true;
      }
      timers.createSingleActionTimer(RETRY_INTERVAL.toMillis(), new TimerConfig(null, false));
      return;
    }
    var result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .load()
            .migrate();
    entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    ready = true;
    status.markReady();
    LOG.log(
        Level.INFO,
        "[PLATFORM] Database schema at version {0} ({1} migration(s) applied now), mappings valid",
        new Object[] {
          result.targetSchemaVersion != null
              ? result.targetSchemaVersion
              : result.initialSchemaVersion,
          result.migrationsExecuted
        });
    schemaReady.fire(new SchemaReady());
  }
}
