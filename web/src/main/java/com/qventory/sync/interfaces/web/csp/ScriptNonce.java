package com.qventory.sync.interfaces.web.csp;

import jakarta.servlet.ServletRequest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The nonce of one answer's scripts: the Content-Security-Policy allows a script only when it
 * carries this answer's nonce (or is created by one that does), so no script injected into a page
 * runs — the policy needs no {@code 'unsafe-inline'}.
 */
public final class ScriptNonce {

  private static final String ATTRIBUTE = ScriptNonce.class.getName();
  private static final SecureRandom RANDOM = new SecureRandom();

  private ScriptNonce() {}

  /** The request's nonce, made the first time it is asked for. */
  public static String of(ServletRequest request) {
    Object nonce = request.getAttribute(ATTRIBUTE);
    if (nonce == null) {
      byte[] bytes = new byte[18];
      RANDOM.nextBytes(bytes);
      nonce = Base64.getEncoder().encodeToString(bytes);
      request.setAttribute(ATTRIBUTE, nonce);
    }
    return (String) nonce;
  }
}
