package com.qventory.sync.application.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  @Test
  void twelveCharactersAreEnough() {
    assertDoesNotThrow(() -> PasswordPolicy.check("abcdefghijkl".toCharArray()));
  }

  @Test
  void shorterIsRefusedWithTheRuleInTheMessage() {
    AccountRejectedException refusal =
        assertThrows(
            AccountRejectedException.class,
            () -> PasswordPolicy.check("abcdefghijk".toCharArray()));
    Assertions.assertTrue(refusal.getMessage().contains("12"));
  }

  @Test
  void aPasswordLongerThanWhatBcryptReadsIsRefusedSoEveryByteCounts() {
    assertDoesNotThrow(() -> PasswordPolicy.check("a".repeat(72).toCharArray()));
    AccountRejectedException refusal =
        assertThrows(
            AccountRejectedException.class,
            () -> PasswordPolicy.check("a".repeat(73).toCharArray()));
    Assertions.assertTrue(refusal.getMessage().contains("72 bytes"));
    assertThrows(
        AccountRejectedException.class,
        () -> PasswordPolicy.check("é".repeat(37).toCharArray()),
        "37 letters, 74 bytes");
    assertDoesNotThrow(() -> PasswordPolicy.check("é".repeat(36).toCharArray()));
  }

  @Test
  void blanksOnlyAndAbsurdLengthsAreRefused() {
    assertThrows(
        AccountRejectedException.class, () -> PasswordPolicy.check("              ".toCharArray()));
    assertThrows(AccountRejectedException.class, () -> PasswordPolicy.check(new char[129]));
    assertThrows(AccountRejectedException.class, () -> PasswordPolicy.check(null));
  }
}
