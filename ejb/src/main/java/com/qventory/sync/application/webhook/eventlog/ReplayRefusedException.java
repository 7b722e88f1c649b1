package com.qventory.sync.application.webhook.eventlog;

/** A replay that cannot be done: the event does not exist, or its status does not allow it. */
public class ReplayRefusedException extends Exception {

  private static final long serialVersionUID = 1L;
  private final boolean exists;

  public ReplayRefusedException(String message, boolean exists) {
    super(message);
    this.exists = exists;
  }

  /** False when there is no such event at all. */
  public boolean eventExists() {
    return exists;
  }
}
