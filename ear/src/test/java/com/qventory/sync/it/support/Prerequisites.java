package com.qventory.sync.it.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.qventory.sync.devstack.HaproxyBalancer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Programs a test needs beyond a JDK and Maven, at the paths {@code .ci/run} checks: without them
 * the test is skipped — except on CI, where it fails.
 */
public final class Prerequisites {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  private static final Set<String> NOT_SET = Set.of("", "false", "0", "no", "off");

  private Prerequisites() {}

  /** Whether this is CI's run: {@code CI} set to anything but empty, false, 0, no or off. */
  public static boolean onCi() {
    String ci = System.getenv("CI");
    return ci != null && !NOT_SET.contains(ci.strip().toLowerCase(Locale.ROOT));
  }

  /** Debian's HAProxy. */
  public static void haproxy() {
    require("Debian's haproxy", HaproxyBalancer.HAPROXY);
  }

  /** Debian's chromium and chromium-driver. */
  public static void chromium() {
    require("Debian's chromium and chromium-driver", CHROMIUM, CHROMEDRIVER);
  }

  private static void require(String what, Path... programs) {
    boolean installed = Arrays.stream(programs).allMatch(Files::isExecutable);
    String where = Arrays.toString(programs);
    if (!installed && onCi()) {
      throw new AssertionError(what + " " + where + " missing: CI must install it (.ci/run does)");
    }
    assumeTrue(installed, what + " " + where + " not installed: skipping this test");
  }
}
