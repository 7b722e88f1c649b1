package com.qventory.sync.it;

import jakarta.json.JsonString;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store.CloseableResource;

/**
 * The application deployed once for every black-box test of the run, on the server Arquillian
 * started, and taken away when the run ends — instead of once per test class. The EAR is the one
 * the build produced, deployed where it lies (unmanaged content), exactly as before.
 */
final class SharedDeployment implements BeforeAllCallback {

  private static final String DEPLOYMENT = "/deployment=qventory.ear";

  @Override
  public void beforeAll(ExtensionContext context) {
    context
        .getRoot()
        .getStore(Namespace.create(SharedDeployment.class))
        .getOrComputeIfAbsent(Deployed.class, type -> Deployed.deploy(), Deployed.class);
  }

  /** The deployment while the run lasts; closed (undeployed) when the run ends. */
  static final class Deployed implements CloseableResource, AutoCloseable {

    static Deployed deploy() {
      try {
        if (deployedBefore()) {
          ManagementCli.run(DEPLOYMENT + ":remove"); // left by a run that was killed
        }
        Path ear = Path.of(System.getProperty("qventory.ear")).toAbsolutePath();
        ManagementCli.run(
            DEPLOYMENT
                + ":add(content=[{path=\""
                + ear
                + "\",archive=true}],runtime-name=qventory.ear,enabled=true)");
        return new Deployed();
      } catch (Exception e) {
        throw new IllegalStateException(
            "Could not deploy " + System.getProperty("qventory.ear"), e);
      }
    }

    private static boolean deployedBefore() throws Exception {
      return ManagementCli.run(":read-children-names(child-type=deployment)")
          .getJsonArray("result")
          .getValuesAs(JsonString.class)
          .stream()
          .anyMatch(name -> name.getString().equals("qventory.ear"));
    }

    @Override
    public void close() throws Exception {
      ManagementCli.run(DEPLOYMENT + ":remove");
    }
  }
}
