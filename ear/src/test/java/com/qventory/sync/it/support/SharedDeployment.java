package com.qventory.sync.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;

/**
 * The application deployed once for every black-box test of the run, on the server Arquillian
 * started, and taken away when the run ends — instead of once per test class. The EAR the build
 * produced is handed to the server's deployment scanner, so that the deployment is never written
 * into the server's configuration (which the tests that start servers of their own copy).
 */
public final class SharedDeployment implements BeforeAllCallback {

  private static final Duration DEPLOY_TIMEOUT = Duration.ofMinutes(3);
  private static final Duration UNDEPLOY_TIMEOUT = Duration.ofSeconds(30);

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(Namespace.create(SharedDeployment.class))
        .getOrComputeIfAbsent(Deployed.class, type -> Deployed.deploy(), Deployed.class);
  }

  /** The deployment while the run lasts; closed (undeployed) when the run ends. */
  public static final class Deployed implements CloseableResource, AutoCloseable {

    private static final Path DEPLOYMENTS =
        Path.of(System.getProperty("jboss.home"), "standalone", "deployments");
    private static final Path EAR = DEPLOYMENTS.resolve("qventory.ear");

    static Deployed deploy() {
      try {
        for (String marker : new String[] {".deployed", ".failed", ".undeployed", ".pending"}) {
          Files.deleteIfExists(marker(marker)); // left by a run that was killed
        }
        Path copy = DEPLOYMENTS.resolve("qventory.ear.copying");
        Files.copy(
            Path.of(System.getProperty("qventory.ear")), copy, StandardCopyOption.REPLACE_EXISTING);
        Files.move(copy, EAR, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Optional<Boolean> deployed =
            TestDatabase.await(
                DEPLOY_TIMEOUT,
                () ->
                    Files.exists(marker(".deployed"))
                        ? Optional.of(true)
                        : Files.exists(marker(".failed")) ? Optional.of(false) : Optional.empty());
        if (deployed.isEmpty() || !deployed.get()) {
          throw new IllegalStateException(
              "The EAR did not deploy: "
                  + (Files.exists(marker(".failed"))
                      ? Files.readString(marker(".failed"))
                      : "no answer from the deployment scanner in " + DEPLOY_TIMEOUT));
        }
        return new Deployed();
      } catch (Exception e) {
        throw new IllegalStateException(
            "Could not deploy " + System.getProperty("qventory.ear"), e);
      }
    }

    private static Path marker(String suffix) {
      return DEPLOYMENTS.resolve("qventory.ear" + suffix);
    }

    @Override
    public void close() throws Exception {
      Files.deleteIfExists(marker(".deployed")); // the scanner undeploys
      TestDatabase.await(
          UNDEPLOY_TIMEOUT,
          () -> Files.exists(marker(".undeployed")) ? Optional.of(true) : Optional.empty());
      for (Path file : new Path[] {EAR, marker(".undeployed")}) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException e) {
          // the next run starts by clearing the directory again
        }
      }
    }
  }
}
