package com.qventory.sync.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The {@code X-EBAY-SIGNATURE} header of a JSON notification: Base64 of {@code
 * {"alg":"ecdsa","kid":…,"signature":<Base64 DER>,"digest":"SHA1"}}. The signature covers the raw
 * request bytes — verified over exactly the bytes received, never a re-serialised JSON, which
 * differs in whitespace and field order. The header is read by {@code NotificationApiFormat}.
 */
public record NotificationApiSignature(String algorithm, String keyId, byte[] signature) {

  /** eBay's public key for a {@code kid}, as its Notification API answers it. */
  public record PublicKeyAnswer(String pem, String algorithm, String digest) {

    /** The JCA name of the signature algorithm, e.g. {@code SHA1withECDSA}. */
    public String jcaAlgorithm() {
      return digest.toUpperCase(Locale.ROOT).replace("-", "")
          + "with"
          + algorithm.toUpperCase(Locale.ROOT);
    }

    public PublicKey publicKey() throws GeneralSecurityException {
      String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
      byte[] der;
      try {
        der = Base64.getDecoder().decode(base64);
      } catch (IllegalArgumentException e) {
        throw new GeneralSecurityException("The public key is not Base64 PEM", e);
      }
      String keyAlgorithm = algorithm.equalsIgnoreCase("ECDSA") ? "EC" : algorithm;
      return KeyFactory.getInstance(keyAlgorithm).generatePublic(new X509EncodedKeySpec(der));
    }
  }

  /** Key ids longer than this are not eBay's (its are UUIDs, 36 characters). */
  public static final int MAX_KEY_ID_LENGTH = 64;

  private static final Pattern KEY_ID =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_KEY_ID_LENGTH - 1) + "}");

  /**
   * Whether a key id has the shape of eBay's (letters, digits, '.', '_' and '-', at most {@link
   * #MAX_KEY_ID_LENGTH}): only such an id is looked up at eBay, so no odd text ever becomes part of
   * the key service's URL.
   */
  public static boolean isKeyIdShaped(String keyId) {
    return keyId != null && keyId.length() <= MAX_KEY_ID_LENGTH && KEY_ID.matcher(keyId).matches();
  }

  /** Whether this signature, made with {@code key}, covers exactly {@code body}. */
  public boolean verifies(byte[] body, PublicKeyAnswer key) {
    try {
      Signature verifier = Signature.getInstance(key.jcaAlgorithm());
      verifier.initVerify(key.publicKey());
      verifier.update(body);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false; // a key or signature that cannot be used verifies nothing
    }
  }

  /** The answer to eBay's endpoint validation: lowercase hex SHA-256 of the three, in order. */
  public static String challengeResponse(
      String challengeCode, String verificationToken, String endpoint) {
    return Sha256.hex(
        (challengeCode + verificationToken + endpoint).getBytes(StandardCharsets.UTF_8));
  }
}
