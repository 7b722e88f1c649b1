package com.qventory.sync.domain.webhook;

public class MalformedNotificationException extends Exception {

  private static final long serialVersionUID = 1L;

  public MalformedNotificationException(String message) {
    super(message);
  }

  public MalformedNotificationException(String message, Throwable cause) {
    super(message, cause);
  }
}
