package com.qventory.sync.application;

/** Turns exception chains into the one sentence an operator needs in a log line. */
public final class Failures {

  private Failures() {}

  /** The message of the innermost cause ("Connection to localhost:5432 refused…"). */
  public static String rootCauseMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() != null ? root.getMessage() : root.getClass().getName();
  }
}
