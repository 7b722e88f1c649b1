package com.qventory.sync.it.support;

import com.qventory.sync.devstack.WildFlyNode;
import java.nio.file.Path;
import java.util.Map;

/** A WildFly of its own for a test, of the build's provisioned server and EAR. */
public final class StandaloneServer extends WildFlyNode {

  public StandaloneServer(Path baseDir, int portOffset, Map<String, String> environment) {
    super(
        Path.of(System.getProperty("jboss.home")),
        Path.of(System.getProperty("qventory.ear")),
        baseDir,
        portOffset,
        environment);
  }
}
