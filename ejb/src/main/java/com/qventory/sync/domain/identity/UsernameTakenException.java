package com.qventory.sync.domain.identity;

public class UsernameTakenException extends Exception {

  private static final long serialVersionUID = 1L;

  public UsernameTakenException(Username username) {
    super("The username '" + username + "' is already taken");
  }
}
