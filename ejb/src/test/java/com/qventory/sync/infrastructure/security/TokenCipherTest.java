package com.qventory.sync.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TokenCipherTest {

  private static final String KEY =
      Base64.getEncoder().encodeToString("test-key-for-integration-tests32".getBytes());

  @Test
  void tokensRoundTripAndNeverAppearInTheStoredForm() throws Exception {
    TokenCipher cipher = cipher(Optional.of(KEY), "production");

    String stored = cipher.encrypt("v^1.1#i^1#p^3#secret-token");

    assertFalse(stored.contains("secret-token"));
    assertNotEquals(stored, cipher.encrypt("v^1.1#i^1#p^3#secret-token"), "a fresh IV each time");
    assertEquals("v^1.1#i^1#p^3#secret-token", cipher.decrypt(stored));
  }

  @Test
  void aTamperedOrForeignCiphertextIsRefused() throws Exception {
    TokenCipher cipher = cipher(Optional.of(KEY), "production");
    byte[] stored = Base64.getDecoder().decode(cipher.encrypt("token"));
    stored[stored.length - 1] ^= 1;

    assertThrows(
        IllegalStateException.class,
        () -> cipher.decrypt(Base64.getEncoder().encodeToString(stored)));
    String other =
        cipher(Optional.of(Base64.getEncoder().encodeToString(new byte[32])), "production")
            .encrypt("t");
    assertThrows(IllegalStateException.class, () -> cipher.decrypt(other));
  }

  @Test
  void productionRefusesToRunWithoutAKeyOrWithAShortOne() throws Exception {
    IllegalStateException missing =
        assertThrows(
            IllegalStateException.class, () -> cipher(Optional.empty(), "production").encrypt("t"));
    assertTrue(missing.getMessage().contains("QVENTORY_SECURITY_TOKEN_KEY"));
    assertThrows(
        IllegalStateException.class,
        () ->
            cipher(Optional.of(Base64.getEncoder().encodeToString(new byte[16])), "production")
                .encrypt("t"));
  }

  @Test
  void developmentMakesUpAKeyForTheRun() throws Exception {
    TokenCipher development = cipher(Optional.empty(), "development");

    assertEquals("t", development.decrypt(development.encrypt("t")));
  }

  private static TokenCipher cipher(Optional<String> key, String mode) throws Exception {
    TokenCipher cipher = new TokenCipher();
    set(cipher, "configuredKey", key);
    set(cipher, "mode", mode);
    return cipher;
  }

  private static void set(Object target, String name, Object value) throws Exception {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
  }
}
