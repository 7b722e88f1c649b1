package com.qventory.sync.application.seller;

/** Port: how a seller's eBay tokens are encrypted at rest (they are never stored in the clear). */
public interface TokenEncryption {

  String encrypt(String plain);

  String decrypt(String encrypted);
}
