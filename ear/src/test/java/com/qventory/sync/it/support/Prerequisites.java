package com.qventory.sync.it.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.qventory.sync.devstack.HaproxyBalancer;
import java.nio.file.Files;

/** Programs a test needs beyond a JDK and Maven: skipped without them, except on CI. */
public final class Prerequisites {

  private Prerequisites() {}

  /** Debian's HAProxy: the test is skipped without it, and fails without it on CI. */
  public static void haproxy() {
    boolean installed = Files.isExecutable(HaproxyBalancer.HAPROXY);
    if (!installed && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("CI must install haproxy (.ci/run does)");
    }
    assumeTrue(installed, "Debian's haproxy is not installed: skipping this test");
  }
}
