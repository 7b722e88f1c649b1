package com.qventory.sync.application.seller;

/** Port: how a seller's eBay tokens are encrypted at rest (they are never stored in the clear). */
public interface TokenEncryption {

  /**
   * @param context where the ciphertext will be stored (its row and column): it decrypts only under
   *     the same context, so a ciphertext copied to another row or column is refused
   */
  String encrypt(String plain, String context);

  /**
   * @throws IllegalStateException when it was not encrypted under this key and context
   */
  String decrypt(String encrypted, String context);

  /**
   * Whether the ciphertext is of the current format; one of the earlier format (no context bound)
   * still decrypts, and should be encrypted again.
   */
  boolean isCurrent(String encrypted);
}
