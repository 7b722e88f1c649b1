package com.qventory.sync.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * A real PostgreSQL server run from the binaries that Maven Central ships, for a machine that has
 * no database configured. Used by the run command and by the integration-test run; production
 * always points at an external server instead.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  /** The superuser that the embedded server is initialised with (trust authentication). */
  public static final String SUPERUSER = "postgres";

  private final EmbeddedPostgres postgres;
  private final String databaseName;

  private EmbeddedDatabase(EmbeddedPostgres postgres, String databaseName) {
    this.postgres = postgres;
    this.databaseName = databaseName;
  }

  /**
   * Starts PostgreSQL on {@code port} and makes sure {@code databaseName} exists.
   *
   * @param dataDirectory where the cluster lives; kept between starts when given, a fresh temporary
   *     cluster otherwise
   */
  public static EmbeddedDatabase start(int port, String databaseName, Optional<Path> dataDirectory)
      throws IOException {
    try (ServerSocket probe = new ServerSocket()) {
      probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (IOException taken) {
      throw new IOException(
          "Port "
              + port
              + " is taken (an earlier run still running, or another program): stop it, or choose"
              + " another port (QVENTORY_DEV_DB_PORT for the run command)");
    }
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder().setPort(port).setPGStartupWait(STARTUP_WAIT);
    if (dataDirectory.isPresent()) {
      // Data that outlives the process is written durably; the library's default (fsync and
      // synchronous commit off) suits only throw-away test clusters.
      Files.createDirectories(dataDirectory.get());
      builder
          .setDataDirectory(dataDirectory.get())
          .setCleanDataDirectory(false)
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on");
    }
    EmbeddedPostgres postgres;
    try {
      postgres = builder.start();
    } catch (IOException | RuntimeException e) {
      throw new IOException(
          "The embedded PostgreSQL did not start within "
              + STARTUP_WAIT.toSeconds()
              + " s: "
              + rootCause(e)
              + dataDirectory.map(d -> " (its data: " + d + ")").orElse(""),
          e);
    }
    EmbeddedDatabase database = new EmbeddedDatabase(postgres, databaseName);
    try {
      database.createDatabaseIfMissing();
    } catch (SQLException e) {
      postgres.close();
      throw new IOException("Could not create database " + databaseName, e);
    }
    return database;
  }

  /**
   * How long PostgreSQL may take to start: a minute, because a loaded 2-core machine has taken more
   * than the library's ten seconds.
   */
  static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }

  private void createDatabaseIfMissing() throws SQLException {
    try (Connection connection = DriverManager.getConnection(adminJdbcUrl(), SUPERUSER, "");
        PreparedStatement exists =
            connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
      exists.setString(1, databaseName);
      try (ResultSet rows = exists.executeQuery()) {
        if (rows.next()) {
          return;
        }
      }
      try (Statement create = connection.createStatement()) {
        create.execute("CREATE DATABASE \"" + databaseName.replace("\"", "\"\"") + "\"");
      }
    }
  }

  public int port() {
    return postgres.getPort();
  }

  public String databaseName() {
    return databaseName;
  }

  /** The URL of the application's database. */
  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + port() + "/" + databaseName;
  }

  /** The URL of the maintenance database, for work that must not hold the application's. */
  public String adminJdbcUrl() {
    return "jdbc:postgresql://localhost:" + port() + "/postgres";
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
