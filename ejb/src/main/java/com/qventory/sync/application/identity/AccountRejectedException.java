package com.qventory.sync.application.identity;

/** A sign-up or account change that breaks a rule the person can fix; the message says which. */
public class AccountRejectedException extends Exception {

  private static final long serialVersionUID = 1L;

  public AccountRejectedException(String message) {
    super(message);
  }
}
