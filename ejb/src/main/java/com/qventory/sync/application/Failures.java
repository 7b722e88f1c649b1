package com.qventory.sync.application;

import com.qventory.sync.domain.webhook.MalformedNotificationException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;

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

  /**
   * Whether the failure can never go away by trying again: the notification's body cannot be read.
   */
  public static boolean neverSucceeds(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof MalformedNotificationException) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /**
   * Whether the failure is the database being out of reach — no connection to be had from the pool
   * (a {@code ResourceException}), a connection exception (SQLSTATE class 08) or a database
   * shutting down (57P0x) — rather than something about the work itself.
   */
  public static boolean databaseUnavailable(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ResourceException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P0")) {
          return true;
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }
}
