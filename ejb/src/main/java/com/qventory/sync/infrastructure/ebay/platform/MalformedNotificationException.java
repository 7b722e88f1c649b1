package com.qventory.sync.infrastructure.ebay.platform;

public class MalformedNotificationException extends Exception {

  private static final long serialVersionUID = 1L;

  public MalformedNotificationException(String message, Throwable cause) {
    super(message, cause);
  }
}
