package com.qventory.sync.application.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    org.junit.jupiter.api.Assertions.assertTrue(refusal.getMessage().contains("12"));
  }

  @Test
  void blanksOnlyAndAbsurdLengthsAreRefused() {
    assertThrows(
        AccountRejectedException.class, () -> PasswordPolicy.check("              ".toCharArray()));
    assertThrows(AccountRejectedException.class, () -> PasswordPolicy.check(new char[129]));
    assertThrows(AccountRejectedException.class, () -> PasswordPolicy.check(null));
  }
}
