package com.qventory.sync.it.support;

import java.net.URI;

/**
 * The application under test: the real EAR that the build produced ({@link SharedDeployment}), on
 * the provisioned server.
 */
public final class QventoryServer {

  /** arquillian.xml starts WildFly with port offset 100. */
  public static final URI BASE = URI.create("http://localhost:8180/");

  public static final URI MANAGEMENT = URI.create("http://localhost:10090/");

  public static final String ADMIN_USERNAME = System.getenv("QVENTORY_ADMIN_USERNAME");
  public static final String ADMIN_PASSWORD = System.getenv("QVENTORY_ADMIN_INITIAL_PASSWORD");

  private QventoryServer() {}

  public static URI url(String path) {
    return BASE.resolve(path.startsWith("/") ? path.substring(1) : path);
  }
}
