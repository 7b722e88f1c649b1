package com.qventory.sync.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.testing.Fields;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class TokenCipherTest {

  private static final String ROW = "ebay_account.seller_id=7;access_token_enc";

  private static final String KEY =
      Base64.getEncoder().encodeToString("test-key-for-integration-tests32".getBytes());

  @Test
  void tokensRoundTripAndNeverAppearInTheStoredForm() throws Exception {
    TokenCipher cipher = cipher(Optional.of(KEY), "production");

    String stored = cipher.encrypt("v^1.1#i^1#p^3#secret-token", ROW);

    assertFalse(stored.contains("secret-token"));
    assertNotEquals(
        stored, cipher.encrypt("v^1.1#i^1#p^3#secret-token", ROW), "a fresh IV each time");
    assertEquals("v^1.1#i^1#p^3#secret-token", cipher.decrypt(stored, ROW));
  }

  @Test
  void aTamperedOrForeignCiphertextIsRefused() throws Exception {
    TokenCipher cipher = cipher(Optional.of(KEY), "production");
    byte[] stored = Base64.getDecoder().decode(cipher.encrypt("token", ROW).substring(3));
    stored[stored.length - 1] ^= 1;

    assertThrows(
        IllegalStateException.class,
        () -> cipher.decrypt("v2:" + Base64.getEncoder().encodeToString(stored), ROW));
    String other =
        cipher(Optional.of(Base64.getEncoder().encodeToString(new byte[32])), "production")
            .encrypt("t", ROW);
    assertThrows(IllegalStateException.class, () -> cipher.decrypt(other, ROW));
  }

  @Test
  void aTokenCopiedToAnotherRowOrColumnDoesNotDecrypt() throws Exception {
    TokenCipher cipher = cipher(Optional.of(KEY), "production");
    String stored = cipher.encrypt("token", ROW);

    assertTrue(cipher.isCurrent(stored));
    assertThrows(
        IllegalStateException.class,
        () -> cipher.decrypt(stored, "ebay_account.seller_id=8;access_token_enc"));
    assertThrows(
        IllegalStateException.class,
        () -> cipher.decrypt(stored, "ebay_account.seller_id=7;refresh_token_enc"));
  }

  @Test
  void aTokenStoredBeforeContextsWereBoundIsRefusedUntilBoundOnce() throws Exception {
    TokenCipher cipher = cipher(Optional.of(KEY), "production");
    byte[] iv = new byte[12];
    Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
    aes.init(
        Cipher.ENCRYPT_MODE,
        new SecretKeySpec(Base64.getDecoder().decode(KEY), "AES"),
        new GCMParameterSpec(128, iv));
    byte[] sealed = aes.doFinal("old-token".getBytes(StandardCharsets.UTF_8));
    String earlier =
        Base64.getEncoder()
            .encodeToString(ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array());

    assertFalse(cipher.isCurrent(earlier));
    assertThrows(
        IllegalStateException.class,
        () -> cipher.decrypt(earlier, ROW),
        "a token bound to no row is never decrypted: it could have been copied from any row");
    String bound = cipher.bind(earlier, ROW);
    assertTrue(cipher.isCurrent(bound));
    assertEquals("old-token", cipher.decrypt(bound, ROW), "bound once, it decrypts where stored");
    assertThrows(
        IllegalStateException.class,
        () -> cipher.decrypt(bound, "ebay_account.seller_id=8;access_token_enc"));
    assertEquals(bound, cipher.bind(bound, ROW), "a bound token is left as it is");
    assertThrows(
        IllegalStateException.class,
        () ->
            cipher(Optional.of(Base64.getEncoder().encodeToString(new byte[32])), "production")
                .bind(earlier, ROW),
        "another key cannot bind it");
  }

  @Test
  void productionRefusesToRunWithoutAKeyOrWithAShortOne() throws Exception {
    IllegalStateException missing =
        assertThrows(
            IllegalStateException.class,
            () -> cipher(Optional.empty(), "production").encrypt("t", ROW));
    assertTrue(missing.getMessage().contains("QVENTORY_SECURITY_TOKEN_KEY"));
    assertThrows(
        IllegalStateException.class,
        () ->
            cipher(Optional.of(Base64.getEncoder().encodeToString(new byte[16])), "production")
                .encrypt("t", ROW));
  }

  @Test
  void developmentMakesUpAKeyForTheRun() throws Exception {
    TokenCipher development = cipher(Optional.empty(), "development");

    assertEquals("t", development.decrypt(development.encrypt("t", ROW), ROW));
  }

  private static TokenCipher cipher(Optional<String> key, String mode) throws Exception {
    TokenCipher cipher = new TokenCipher();
    Fields.set(cipher, "configuredKey", key);
    Fields.set(cipher, "mode", mode);
    return cipher;
  }
}
