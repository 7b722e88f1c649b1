package com.qventory.sync.infrastructure.persistence.migration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.devstack.EmbeddedDatabase;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.tool.schema.spi.SchemaManagementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The schema that the migrations build from an empty PostgreSQL database is exactly what the JPA
 * mappings expect — checked with the same Hibernate validation that {@link SchemaMigrator} runs at
 * start-up.
 */
class SchemaMigrationIT {

  private static EmbeddedDatabase postgres;

  @BeforeAll
  static void startPostgres() throws IOException {
    postgres = EmbeddedDatabase.start(freePort(), "migration_it", Optional.empty());
  }

  @AfterAll
  static void stopPostgres() throws IOException {
    postgres.close();
  }

  @Test
  void migrationsTakeAnEmptyDatabaseToASchemaThatHibernateValidates() throws Exception {
    DataSource empty = freshDatabase("from_empty");

    var result =
        Flyway.configure().dataSource(empty).locations("classpath:db/migration").load().migrate();

    assertNull(result.initialSchemaVersion, "the database started empty");
    assertTrue(result.migrationsExecuted > 0);
    try (EntityManagerFactory jpa = persistenceUnitOn(empty)) {
      assertDoesNotThrow(
          () -> jpa.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects());
    }
  }

  /**
   * Every migration file is applied, in an unbroken line of versions: a migration numbered past a
   * gap, or one Flyway would not pick up (a misspelt name), fails here rather than at a customer's
   * upgrade.
   */
  @Test
  void everyMigrationFileIsAppliedInAnUnbrokenLineOfVersions() throws Exception {
    DataSource database = freshDatabase("every_file");
    Flyway flyway =
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load();
    flyway.migrate();

    List<String> files;
    try (var listing = Files.list(Path.of("src/main/resources/db/migration"))) {
      files = listing.map(file -> file.getFileName().toString()).toList();
    }
    List<Integer> versions =
        files.stream()
            .map(name -> name.replaceFirst("^V(\\d+)__.*\\.sql$", "$1"))
            .map(Integer::valueOf)
            .sorted()
            .toList();
    List<Integer> applied =
        Arrays.stream(flyway.info().applied())
            .filter(migration -> migration.getState().isApplied())
            .map(migration -> Integer.valueOf(migration.getVersion().getVersion()))
            .toList();

    assertEquals(IntStream.rangeClosed(1, versions.size()).boxed().toList(), versions, "" + files);
    assertEquals(versions, applied);
  }

  @Test
  void linksStoredBeforeOnlyEbaysWereKeptAreDroppedAndPicturesRenumbered() throws Exception {
    DataSource database = freshDatabase("links");
    Flyway.configure()
        .dataSource(database)
        .locations("classpath:db/migration")
        .target("13")
        .load()
        .migrate();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "INSERT INTO app_user (id, username, password_hash, created_at, enabled)"
              + " VALUES (1, 'links', 'x', now(), TRUE)");
      statement.execute(
          "INSERT INTO inventory_item (id, seller_id, ebay_item_id, synced_from_ebay, notes,"
              + " created_at, updated_at, version, view_item_url) VALUES"
              + " (1, 1, '1', TRUE, '', now(), now(), 0, 'javascript:alert(1)'),"
              + " (2, 1, '2', TRUE, '', now(), now(), 0, 'https://www.ebay.com/itm/2')");
      statement.execute(
          "INSERT INTO inventory_item_picture (item_id, position, url) VALUES"
              + " (1, 0, 'data:image/svg+xml,<svg onload=alert(1)>'),"
              + " (1, 1, 'https://i.ebayimg.com/a.jpg'),"
              + " (1, 2, 'JAVASCRIPT:alert(2)'),"
              + " (1, 3, 'https://i.ebayimg.com/b.jpg')");
    }

    Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

    assertEquals(
        List.of("-", "https://www.ebay.com/itm/2"),
        strings(database, "SELECT coalesce(view_item_url, '-') FROM inventory_item ORDER BY id"));
    assertEquals(
        List.of("0 https://i.ebayimg.com/a.jpg", "1 https://i.ebayimg.com/b.jpg"),
        strings(
            database,
            "SELECT position || ' ' || url FROM inventory_item_picture ORDER BY position"));
  }

  private static List<String> strings(DataSource database, String sql) throws Exception {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }

  @Test
  void validationCatchesASchemaThatDriftedFromTheMappings() throws Exception {
    DataSource drifted = freshDatabase("drifted");
    Flyway.configure().dataSource(drifted).locations("classpath:db/migration").load().migrate();
    try (Connection connection = drifted.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE webhook_event DROP COLUMN recorded_at");
    }

    try (EntityManagerFactory jpa = persistenceUnitOn(drifted)) {
      assertThrows(
          SchemaManagementException.class,
          () -> jpa.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects());
    }
  }

  /** The application's persistence unit, outside the server, on the given database. */
  private static EntityManagerFactory persistenceUnitOn(DataSource dataSource) {
    return Persistence.createEntityManagerFactory(
        "qventory",
        Map.of(
            "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
            "jakarta.persistence.jtaDataSource", dataSource,
            "jakarta.persistence.nonJtaDataSource", dataSource));
  }

  private static DataSource freshDatabase(String name) throws Exception {
    try (Connection admin =
            DriverManager.getConnection(postgres.adminJdbcUrl(), EmbeddedDatabase.SUPERUSER, "");
        Statement statement = admin.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl("jdbc:postgresql://localhost:" + postgres.port() + "/" + name);
    dataSource.setUser(EmbeddedDatabase.SUPERUSER);
    return dataSource;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
