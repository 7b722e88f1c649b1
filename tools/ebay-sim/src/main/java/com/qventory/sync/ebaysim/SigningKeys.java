package com.qventory.sync.ebaysim;

import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The keys that sign the Notification API's JSON pushes: a P-256 pair made at start, rotated on
 * request; the old ones stay known (eBay serves a key for as long as it may have signed with it).
 */
final class SigningKeys {

  private record Key(String id, KeyPair pair) {}

  /** Every key ever made, by id; the last one signs. */
  private final Map<String, Key> keys = new LinkedHashMap<>();

  private Key signing;

  SigningKeys() {
    rotate();
  }

  /** A new signing key; its id. */
  synchronized String rotate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      signing = new Key(UUID.randomUUID().toString(), generator.generateKeyPair());
      keys.put(signing.id(), signing);
      return signing.id();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("P-256 is required of every Java platform", e);
    }
  }

  synchronized String signingKeyId() {
    return signing.id();
  }

  synchronized int count() {
    return keys.size();
  }

  /** The public key {@code keyId} as PEM, as getPublicKey answers it; empty for no such key. */
  synchronized Optional<String> publicKeyPem(String keyId) {
    Key key = keys.get(keyId);
    return key == null
        ? Optional.empty()
        : Optional.of(
            "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(key.pair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----");
  }

  /**
   * The X-EBAY-SIGNATURE header for {@code body}, signed with the current key.
   *
   * @param wrong signs other bytes than those sent (a fault)
   */
  String signatureHeader(byte[] body, boolean wrong) {
    Key key;
    synchronized (this) {
      key = signing;
    }
    try {
      Signature signer = Signature.getInstance("SHA1withECDSA");
      signer.initSign(key.pair().getPrivate());
      signer.update(body);
      if (wrong) {
        signer.update((byte) ' ');
      }
      String header =
          Json.createObjectBuilder()
              .add("alg", "ecdsa")
              .add("kid", key.id())
              .add("signature", Base64.getEncoder().encodeToString(signer.sign()))
              .add("digest", "SHA1")
              .build()
              .toString();
      return Base64.getEncoder().encodeToString(header.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
