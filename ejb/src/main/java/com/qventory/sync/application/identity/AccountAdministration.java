package com.qventory.sync.application.identity;

import com.qventory.sync.domain.identity.AccountAction;
import com.qventory.sync.domain.identity.AccountChange;
import com.qventory.sync.domain.identity.Role;
import com.qventory.sync.domain.identity.UserAccount;
import com.qventory.sync.domain.identity.UserAccountRepository;
import com.qventory.sync.domain.identity.Username;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

/**
 * What people do to accounts once they exist: anyone changes their own password; admins make
 * another user an admin or take that away, and set a seller's password when it is forgotten. Every
 * change is recorded (who, when, what, to whom), and the changed user is dropped from the server's
 * credential cache once it commits, so an old password or a removed role stops working at once.
 */
@Stateless
@RolesAllowed("admin")
public class AccountAdministration {

  private static final Logger LOG = Logger.getLogger(AccountAdministration.class.getName());

  @Inject private UserAccountRepository accounts;

  @Inject private PasswordHasher hasher;

  @Inject private Clock clock;

  @Inject private Event<AccountChanged> changed;

  @Resource private SessionContext context;

  /** The caller's own password, the current one required. */
  @RolesAllowed({"seller", "admin"})
  public void changeOwnPassword(char[] current, char[] next) throws AccountRejectedException {
    UserAccount me = caller();
    if (current == null || !hasher.matches(current, me.getPasswordHash())) {
      throw new AccountRejectedException("The current password is not right");
    }
    PasswordPolicy.checkAdmin(next, me.hasRole(Role.ADMIN));
    me.changePassword(hasher.hash(next));
    record(AccountAction.PASSWORD_CHANGED, me.getUsername(), null);
  }

  /** Gives an existing user the admin role (they keep their own password). */
  public void addAdmin(String username) throws AccountRejectedException {
    UserAccount user = existing(username);
    if (!user.isEnabled()) {
      throw new AccountRejectedException(username + " is disabled: reset their password first");
    }
    if (!user.grant(Role.ADMIN)) {
      throw new AccountRejectedException(username + " is an admin already");
    }
    record(AccountAction.ADMIN_ADDED, user.getUsername(), null);
  }

  /** Takes the admin role away; the last enabled admin keeps it. */
  public void removeAdmin(String username) throws AccountRejectedException {
    UserAccount user = existing(username);
    if (!user.hasRole(Role.ADMIN)) {
      throw new AccountRejectedException(username + " is not an admin");
    }
    boolean anotherAdmin =
        accounts.withRole(Role.ADMIN).stream()
            .anyMatch(other -> other.isEnabled() && !other.getId().equals(user.getId()));
    if (!anotherAdmin) {
      throw new AccountRejectedException(
          username + " is the only admin: make someone else an admin first");
    }
    if (!user.hasRole(Role.SELLER)) {
      user.grant(Role.SELLER); // every user keeps a role: an admin who is not one is a seller
    }
    user.revoke(Role.ADMIN);
    record(AccountAction.ADMIN_REMOVED, user.getUsername(), null);
  }

  /**
   * Sets another user's password (a seller who forgot theirs) and enables the account. One's own
   * password is changed with the current one instead.
   */
  public void resetPassword(String username, char[] password) throws AccountRejectedException {
    UserAccount user = existing(username);
    if (user.getId().equals(caller().getId())) {
      throw new AccountRejectedException("Change your own password with your current one");
    }
    PasswordPolicy.checkAdmin(password, user.hasRole(Role.ADMIN));
    user.changePassword(hasher.hash(password));
    user.enable();
    record(AccountAction.PASSWORD_RESET, user.getUsername(), null);
  }

  /** The admins, by username. */
  public List<UserAccount> admins() {
    return accounts.withRole(Role.ADMIN).stream()
        .sorted(Comparator.comparing(user -> user.getUsername().value()))
        .toList();
  }

  /** What was done to accounts lately, newest first. */
  public List<AccountChange> latestChanges(int max) {
    return accounts.latestChanges(max);
  }

  private void record(AccountAction action, Username subject, String detail) {
    String actor = context.getCallerPrincipal().getName();
    accounts.record(new AccountChange(clock.instant(), actor, action, subject, detail));
    changed.fire(new AccountChanged(subject));
    LOG.info("[IDENTITY] " + actor + ": " + subject + " " + action.words());
  }

  private UserAccount caller() {
    return accounts
        .findByUsername(Username.parse(context.getCallerPrincipal().getName()))
        .orElseThrow(() -> new IllegalStateException("No account for the caller"));
  }

  private UserAccount existing(String typed) throws AccountRejectedException {
    try {
      return accounts
          .findByUsername(Username.parse(typed == null ? "" : typed.strip()))
          .orElseThrow(() -> new AccountRejectedException("No user " + typed));
    } catch (IllegalArgumentException e) {
      throw new AccountRejectedException("No user " + typed);
    }
  }
}
