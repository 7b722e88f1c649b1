package com.qventory.sync.application.seller;

/** Port: how a seller's eBay tokens are encrypted at rest (they are never stored in the clear). */
public interface TokenEncryption {

  /**
   * @param context where the ciphertext will be stored (its row and column): it decrypts only under
   *     the same context, so a ciphertext copied to another row or column is refused
   */
  String encrypt(String plain, String context);

  /**
   * @throws IllegalStateException when it was not encrypted under this key and context — a
   *     ciphertext of the earlier format, bound to no context, included
   */
  String decrypt(String encrypted, String context);

  /**
   * Whether the ciphertext is of the current format. One of the earlier format (no context bound)
   * is bound once at start-up ({@link #bind}) and refused from then on.
   */
  boolean isCurrent(String encrypted);

  /**
   * A ciphertext of the earlier format (no context bound) encrypted again, bound to {@code
   * context}; one of the current format as it is.
   *
   * @throws IllegalStateException when it was not encrypted under this key
   */
  String bind(String encrypted, String context);
}
