package com.qventory.sync.it.support;

import com.qventory.sync.devstack.Await;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** The database the server under test uses, seen from the test: to check what it wrote. */
public final class TestDatabase {

  private TestDatabase() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getenv("POSTGRESQL_URL"),
        System.getenv("POSTGRESQL_USER"),
        System.getenv("POSTGRESQL_PASSWORD"));
  }

  /** True when the tests own the database server, so they may take it away and bring it back. */
  public static boolean isEmbedded() {
    return !System.getProperty(EmbeddedPostgresSession.PORT_PROPERTY, "").isBlank();
  }

  public static Optional<String> queryString(String sql, String parameter) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() ? Optional.ofNullable(result.getString(1)) : Optional.empty();
      }
    }
  }

  public static List<String> strings(String sql, Object... parameters) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        List<String> values = new ArrayList<>();
        while (result.next()) {
          values.add(result.getString(1));
        }
        return values;
      }
    }
  }

  public static int update(String sql, Object... parameters) throws SQLException {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  /**
   * Refuses every new connection to the application's database and ends the open ones — to the
   * application, the database is down. Runs on the maintenance database, as the superuser.
   */
  public static void refuseConnections(boolean refuse) throws SQLException {
    String url = System.getenv("POSTGRESQL_URL");
    String database = url.substring(url.lastIndexOf('/') + 1);
    String maintenanceUrl = url.substring(0, url.lastIndexOf('/') + 1) + "postgres";
    try (Connection connection =
            DriverManager.getConnection(
                maintenanceUrl,
                System.getenv("POSTGRESQL_USER"),
                System.getenv("POSTGRESQL_PASSWORD"));
        Statement statement = connection.createStatement()) {
      statement.execute("ALTER DATABASE \"" + database + "\" WITH ALLOW_CONNECTIONS " + !refuse);
      if (refuse) {
        statement.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '"
                + database.replace("'", "''")
                + "' AND pid <> pg_backend_pid()");
      }
    }
  }

  /**
   * Waits until the clock is in the first 40 s of a minute, for a test whose requests must all fall
   * in one minute of a per-minute limit.
   */
  public static void awaitEarlyInAMinute() throws Exception {
    await(
        Duration.ofSeconds(20),
        () -> Instant.now().getEpochSecond() % 60 < 40 ? Optional.of(true) : Optional.empty());
  }

  /** Polls until {@code value} is present or the time is up (the pipeline is asynchronous). */
  public static <T> Optional<T> await(Duration timeout, Callable<Optional<T>> value)
      throws Exception {
    return Await.until(timeout, value);
  }
}
