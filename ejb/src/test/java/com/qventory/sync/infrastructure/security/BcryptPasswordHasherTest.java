package com.qventory.sync.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BcryptPasswordHasherTest {

  private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(10);

  @Test
  void hashesToModularCryptBcryptWithTheConfiguredCost() {
    String hash = hasher.hash("correct horse battery".toCharArray());

    assertTrue(hash.startsWith("$2a$10$"), hash);
    assertFalse(hash.contains("correct horse battery"));
  }

  @Test
  void theSamePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
    assertNotEquals(
        hasher.hash("correct horse battery".toCharArray()),
        hasher.hash("correct horse battery".toCharArray()));
  }

  @Test
  void verifiesOnlyTheRightPassword() {
    String hash = hasher.hash("correct horse battery".toCharArray());

    assertTrue(hasher.matches("correct horse battery".toCharArray(), hash));
    assertFalse(hasher.matches("correct horse batterY".toCharArray(), hash));
    assertFalse(hasher.matches("correct horse battery".toCharArray(), "not a hash"));
  }

  @Test
  void refusesACostTooLowToSlowAnAttack() {
    assertThrows(IllegalArgumentException.class, () -> new BcryptPasswordHasher(4));
  }
}
