package com.qventory.sync.application.identity;

import com.qventory.sync.application.PublishedValues;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;

/**
 * What a password must be. Length is what matters (NIST SP 800-63B); no composition rules. The
 * longest is what bcrypt reads: it ignores every byte after the 72nd, so a longer password would
 * only seem stronger (and any text after its 72nd byte would log in as well).
 */
public final class PasswordPolicy {

  public static final int MINIMUM_LENGTH = 12;

  /** Bytes of a password's UTF-8 that bcrypt reads. */
  public static final int MAXIMUM_BYTES = 72;

  private PasswordPolicy() {}

  /**
   * The rules for an admin's password: {@link #check}, and — when {@code refusePublished} — not one
   * published with the project ({@link PublishedValues#PASSWORDS}), which anybody could log in
   * with.
   */
  public static void checkAdmin(char[] password, boolean refusePublished)
      throws AccountRejectedException {
    check(password);
    if (refusePublished && PublishedValues.PASSWORDS.contains(new String(password))) {
      throw new AccountRejectedException(
          "An admin's password cannot be one published with Qventory Sync");
    }
  }

  public static void check(char[] password) throws AccountRejectedException {
    if (password == null || password.length < MINIMUM_LENGTH) {
      throw new AccountRejectedException(
          "A password needs at least " + MINIMUM_LENGTH + " characters");
    }
    if (StandardCharsets.UTF_8.encode(CharBuffer.wrap(password)).remaining() > MAXIMUM_BYTES) {
      throw new AccountRejectedException(
          "A password has at most "
              + MAXIMUM_BYTES
              + " bytes: 72 letters without accents, fewer with accents or emoji");
    }
    boolean allBlank = true;
    for (char c : password) {
      allBlank &= Character.isWhitespace(c);
    }
    if (allBlank) {
      throw new AccountRejectedException("A password cannot be only blanks");
    }
  }
}
