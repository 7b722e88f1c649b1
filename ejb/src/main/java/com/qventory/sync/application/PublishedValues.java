package com.qventory.sync.application;

import java.util.Set;

/**
 * Values anybody can read in this repository — the run command's demo settings, the test suite's,
 * the eBay fact sheet's test vector — which production must never use: production mode refuses to
 * start with any of them configured, and no admin keeps one as a password.
 */
public final class PublishedValues {

  private PublishedValues() {}

  /** eBay keysets: the simulator's demo keyset and the fact sheet's test vector. */
  public static final Set<String> KEYSET_VALUES =
      Set.of(
          "demo-dev-id",
          "Qventory-Demo-SBX-demo",
          "demo-cert-id",
          "devid-0000-test-vector",
          "AppId-qventory-SBX-0000",
          "SBX-certid-test-vector-0000");

  /** The JSON Notification API's verification tokens of the run command and the tests. */
  public static final Set<String> VERIFICATION_TOKENS =
      Set.of("demo-verification-token-0123456789abcdef", "it-verification-token-0123456789abcdef");

  /** Passwords: the run command's admin, the tests' admin and the tests' sellers. */
  public static final Set<String> PASSWORDS =
      Set.of("demo-admin-password", "it-admin-password-1", "a long enough passphrase");

  /** Token keys (qventory.security.token-key): the tests'. */
  public static final Set<String> TOKEN_KEYS =
      Set.of("dGVzdC1rZXktZm9yLWludGVncmF0aW9uLXRlc3RzMzI=");

  /** RuNames of the run command and the tests: eBay knows neither. */
  public static final Set<String> RU_NAMES = Set.of("Qventory_Demo-RuName", "Qventory_IT-RuName");

  /** The cluster broker's password as earlier versions of the cluster scripts defaulted it. */
  public static final Set<String> BROKER_PASSWORDS = Set.of("qventory-broker");
}
