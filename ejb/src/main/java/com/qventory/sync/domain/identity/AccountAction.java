package com.qventory.sync.domain.identity;

/** What can be done to an account, as the record of account changes names it. */
public enum AccountAction {
  /** The first admin, made at start from the configured initial password. */
  FIRST_ADMIN_CREATED("first admin created"),
  /** An admin's published password replaced at start, or the admin disabled (production mode). */
  PUBLISHED_PASSWORD_RETIRED("published password retired"),
  /** Someone changed their own password. */
  PASSWORD_CHANGED("changed their password"),
  /** An admin set another person's password. */
  PASSWORD_RESET("password reset"),
  /** The server command set an admin's password (creating the admin when there was none). */
  PASSWORD_SET_ON_SERVER("password set on the server"),
  ADMIN_ADDED("made an admin"),
  ADMIN_REMOVED("no longer an admin");

  private final String words;

  AccountAction(String words) {
    this.words = words;
  }

  /** The action as a page says it. */
  public String words() {
    return words;
  }
}
