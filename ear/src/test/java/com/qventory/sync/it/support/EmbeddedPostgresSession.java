package com.qventory.sync.it.support;

import com.qventory.sync.devstack.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the embedded PostgreSQL before Arquillian boots WildFly, and stops it after the last test.
 * The build reserves the port and hands it over together with the matching POSTGRESQL_URL; with an
 * external database (POSTGRESQL_URL set by the person running the tests) it does nothing.
 */
public class EmbeddedPostgresSession implements LauncherSessionListener {

  public static final String PORT_PROPERTY = "qventory.it.postgresql.embedded-port";

  private EmbeddedDatabase database;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String port = System.getProperty(PORT_PROPERTY, "");
    if (port.isBlank()) {
      return;
    }
    try {
      database = EmbeddedDatabase.start(Integer.parseInt(port), "qventory", Optional.empty());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the embedded PostgreSQL on port " + port, e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    if (database != null) {
      try {
        database.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
