package com.qventory.sync.infrastructure;

import com.qventory.sync.application.CheckedSettings;
import com.qventory.sync.application.ProductionMode;
import com.qventory.sync.application.PublishedValues;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * The first thing the application does at start: asks every {@link CheckedSettings} what is wrong
 * and, if anything is, stops the deployment with one message listing all of it. In production mode
 * ({@code qventory.mode}, the default) that includes every setting production requires and every
 * value published with the project; the run command and the tests set {@code
 * QVENTORY_MODE=development}, where only malformed values stop it.
 */
@ApplicationScoped
public class SettingsCheck {

  private static final Logger LOG = Logger.getLogger(SettingsCheck.class.getName());

  @Inject private Config config;

  @Inject private Instance<CheckedSettings> settings;

  private volatile boolean passed;

  void atStartup(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Startup startup) {
    verify();
  }

  /**
   * Passes once every setting is right; the schema migration asks too, so that nothing touches the
   * database before.
   *
   * @throws IllegalStateException listing every problem
   */
  public void verify() {
    if (passed) {
      return;
    }
    boolean production = isProduction(config);
    List<String> problems =
        problems(settings, name -> config.getOptionalValue(name, String.class), production);
    if (!production) {
      LOG.warning(
          "[SECURITY] Development mode: demo keys, demo passwords and http URLs are accepted;"
              + " never expose this server");
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(message(production, problems));
    }
    passed = true;
  }

  /** Every problem of {@code settings} and of the server's resources. */
  static List<String> problems(
      Iterable<CheckedSettings> settings,
      Function<String, Optional<String>> environment,
      boolean production) {
    List<String> problems = new ArrayList<>();
    settings.forEach(each -> problems.addAll(each.problems(production)));
    if (production) {
      problems.addAll(serverProblems(environment));
    }
    problems.addAll(tlsProblems(environment));
    return problems;
  }

  static String message(boolean production, List<String> problems) {
    String numbered =
        problems.stream().sorted().map(problem -> "\n  - " + problem).collect(Collectors.joining());
    return (production
            ? "Production mode (qventory.mode) refuses to start: "
            : "Qventory Sync cannot start: ")
        + problems.size()
        + (problems.size() == 1 ? " setting needs" : " settings need")
        + " fixing"
        + numbered
        + (production
            ? "\nSet real values (see docs/configuration.md), or QVENTORY_MODE=development on a"
                + " machine no one else reaches"
            : "");
  }

  /** Production mode unless {@code qventory.mode} is {@code development}. */
  public static boolean isProduction(Config config) {
    return ProductionMode.is(
        config.getOptionalValue(ProductionMode.SETTING, String.class).orElse(null));
  }

  /**
   * The key store of WildFly's https listener, when one is configured: it must open with its
   * password and hold a key (otherwise WildFly would quietly make itself a self-signed certificate
   * in its place).
   */
  static List<String> tlsProblems(Function<String, Optional<String>> environment) {
    Optional<String> path = environment.apply("QVENTORY_TLS_KEYSTORE").filter(p -> !p.isBlank());
    if (path.isEmpty()) {
      return List.of();
    }
    Path file = Path.of(path.get().strip());
    if (!Files.isReadable(file)) {
      return List.of("QVENTORY_TLS_KEYSTORE names no readable file (" + file + ")");
    }
    char[] password =
        environment.apply("QVENTORY_TLS_KEYSTORE_PASSWORD").orElse("password").toCharArray();
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store =
          KeyStore.getInstance(environment.apply("QVENTORY_TLS_KEYSTORE_TYPE").orElse("PKCS12"));
      store.load(in, password);
      for (String alias : Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias)) {
          return List.of();
        }
      }
      return List.of("QVENTORY_TLS_KEYSTORE holds no private key (" + file + ")");
    } catch (IOException | GeneralSecurityException e) {
      return List.of(
          "QVENTORY_TLS_KEYSTORE ("
              + file
              + ") cannot be opened with QVENTORY_TLS_KEYSTORE_PASSWORD: "
              + e.getMessage());
    }
  }

  /**
   * What production refuses in the server's own resources (read by WildFly from the environment):
   * the database's password, and the cluster broker's when a remote broker is configured.
   */
  static List<String> serverProblems(Function<String, Optional<String>> environment) {
    List<String> problems = new ArrayList<>();
    if (environment.apply("POSTGRESQL_URL").isEmpty()) {
      problems.add(
          "POSTGRESQL_URL is not set: the JDBC URL of the production database"
              + " (jdbc:postgresql://host:5432/qventory)");
    }
    if (environment.apply("POSTGRESQL_PASSWORD").filter(p -> !p.isBlank()).isEmpty()) {
      problems.add("POSTGRESQL_PASSWORD is not set: the database user's password");
    }
    environment
        .apply("QVENTORY_BROKER_PASSWORD")
        .filter(PublishedValues.BROKER_PASSWORDS::contains)
        .ifPresent(
            value ->
                problems.add(
                    "QVENTORY_BROKER_PASSWORD is a published password: whoever reaches the broker"
                        + " could put notifications on the queue"));
    return problems;
  }
}
