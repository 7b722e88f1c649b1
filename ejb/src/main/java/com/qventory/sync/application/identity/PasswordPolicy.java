package com.qventory.sync.application.identity;

/** What a password must be. Length is what matters (NIST SP 800-63B); no composition rules. */
public final class PasswordPolicy {

  public static final int MINIMUM_LENGTH = 12;
  public static final int MAXIMUM_LENGTH = 128;

  private PasswordPolicy() {}

  public static void check(char[] password) throws AccountRejectedException {
    if (password == null || password.length < MINIMUM_LENGTH) {
      throw new AccountRejectedException(
          "A password needs at least " + MINIMUM_LENGTH + " characters");
    }
    if (password.length > MAXIMUM_LENGTH) {
      throw new AccountRejectedException(
          "A password has at most " + MAXIMUM_LENGTH + " characters");
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
