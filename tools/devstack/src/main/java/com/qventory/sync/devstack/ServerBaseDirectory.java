package com.qventory.sync.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * A WildFly base directory ({@code -Djboss.server.base.dir}) for the provisioned server: its
 * configuration, the EAR to deploy, and room for data (the Artemis journal, logs) that survives
 * restarts. Used by the run command and by the fault tests, which kill such a server.
 */
public final class ServerBaseDirectory {

  /** The server configuration the build provisions. */
  public static final String SERVER_CONFIG = "qventory.xml";

  private ServerBaseDirectory() {}

  /**
   * Puts the configuration and the EAR in place. The server configuration always comes fresh from
   * the build; the rest (management users added with add-user.sh, for one) is kept once it exists.
   */
  public static void prepare(Path wildflyHome, Path ear, Path baseDir) throws IOException {
    Path configuration = baseDir.resolve("configuration");
    Path deployments = baseDir.resolve("deployments");
    Files.createDirectories(configuration);
    Files.createDirectories(deployments);
    try (Stream<Path> files = Files.list(wildflyHome.resolve("standalone/configuration"))) {
      files
          .filter(Files::isRegularFile)
          .filter(
              file ->
                  file.getFileName().toString().equals(SERVER_CONFIG)
                      || !Files.exists(configuration.resolve(file.getFileName())))
          .forEach(file -> copy(file, configuration.resolve(file.getFileName())));
    }
    copy(ear, deployments.resolve(ear.getFileName()));
  }

  private static void copy(Path from, Path to) {
    try {
      Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
