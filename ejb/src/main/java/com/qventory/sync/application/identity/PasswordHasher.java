package com.qventory.sync.application.identity;

/**
 * Port: how passwords are stored. The adapter's hash must be what the server's security realm
 * verifies at log-in.
 */
public interface PasswordHasher {

  /** A one-way hash of {@code password}, salted, in the form the realm reads. */
  String hash(char[] password);

  boolean matches(char[] password, String storedHash);
}
