package com.qventory.sync.infrastructure.security;

import com.qventory.sync.application.CheckedSettings;
import com.qventory.sync.application.ProductionMode;
import com.qventory.sync.application.PublishedValues;
import com.qventory.sync.application.seller.TokenEncryption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts OAuth tokens at rest with AES-256-GCM under the key in {@code
 * qventory.security.token-key} (Base64 of 32 bytes), the row and column they are stored in bound as
 * associated data: {@code v2:} + Base64(IV + ciphertext + tag). Tokens stored before the context
 * was bound (Base64 without a prefix) are bound once at start-up ({@link #bind}, by the
 * application's TokenRebinding) and never decrypted otherwise: a ciphertext bound to nothing could
 * be copied to any row. In production mode the server refuses to start without a key; in
 * development mode a key is made up for this run, so stored tokens do not survive a restart.
 */
@ApplicationScoped
public class TokenCipher implements TokenEncryption, CheckedSettings {

  private static final Logger LOG = Logger.getLogger(TokenCipher.class.getName());
  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;

  @Inject
  @ConfigProperty(name = "qventory.security.token-key")
  private Optional<String> configuredKey;

  @Inject
  @ConfigProperty(name = "qventory.mode", defaultValue = "production")
  private String mode;

  private final SecureRandom random = new SecureRandom();
  private SecretKey key;

  void atStartup(@Observes Startup startup) {
    if (problems(ProductionMode.is(mode)).isEmpty()) {
      key();
    }
  }

  @Override
  public List<String> problems(boolean production) {
    Optional<String> key = configuredKey.map(String::strip);
    if (key.isEmpty()) {
      return production
          ? List.of(
              "QVENTORY_SECURITY_TOKEN_KEY is not set: Base64 of 32 random bytes (`openssl rand"
                  + " -base64 32`), the key of sellers' eBay tokens at rest — keep a copy: stored"
                  + " tokens cannot be read without it")
          : List.of();
    }
    if (production && PublishedValues.TOKEN_KEYS.contains(key.get())) {
      return List.of("QVENTORY_SECURITY_TOKEN_KEY is a published key");
    }
    try {
      decode(key.get());
      return List.of();
    } catch (IllegalStateException e) {
      return List.of(e.getMessage());
    }
  }

  /** The key's bytes, or why they are not a key. */
  private static byte[] decode(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("QVENTORY_SECURITY_TOKEN_KEY is not Base64");
    }
    if (bytes.length != 32) {
      throw new IllegalStateException(
          "QVENTORY_SECURITY_TOKEN_KEY must be Base64 of 32 bytes, not of " + bytes.length);
    }
    return bytes;
  }

  private synchronized SecretKey key() {
    if (key != null) {
      return key;
    }
    if (configuredKey.isPresent()) {
      key = new SecretKeySpec(decode(configuredKey.get().strip()), "AES");
    } else if (!ProductionMode.is(mode)) {
      byte[] bytes = new byte[32];
      random.nextBytes(bytes);
      key = new SecretKeySpec(bytes, "AES");
      LOG.warning(
          "[SECURITY] No qventory.security.token-key: development mode made one up for this run;"
              + " stored eBay tokens will not survive a restart");
    } else {
      throw new IllegalStateException(
          "qventory.security.token-key (QVENTORY_SECURITY_TOKEN_KEY) is required in production mode:"
              + " Base64 of 32 random bytes, e.g. `openssl rand -base64 32`");
    }
    return key;
  }

  /** The format whose associated data is the storage context. */
  private static final String CURRENT = "v2:";

  @Override
  public String encrypt(String plain, String context) {
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return CURRENT
          + Base64.getEncoder()
              .encodeToString(
                  ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  @Override
  public boolean isCurrent(String encrypted) {
    return encrypted.startsWith(CURRENT);
  }

  @Override
  public String decrypt(String encrypted, String context) {
    if (!isCurrent(encrypted)) {
      throw new IllegalStateException(
          "A stored token is bound to no row and column (stored by an earlier version and not"
              + " bound at start-up): refused");
    }
    return open(encrypted.substring(CURRENT.length()), context);
  }

  @Override
  public String bind(String encrypted, String context) {
    return isCurrent(encrypted) ? encrypted : encrypt(open(encrypted, null), context);
  }

  /** Base64(IV + ciphertext + tag), under {@code context} (or none: the earlier format). */
  private String open(String base64, String context) {
    try {
      byte[] all = Base64.getDecoder().decode(base64);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
      if (context != null) {
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      }
      return new String(
          cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "A stored token cannot be decrypted with the configured key where it is stored", e);
    }
  }
}
