package com.qventory.sync.application.identity;

import com.qventory.sync.application.ProductionMode;
import com.qventory.sync.application.PublishedValues;
import com.qventory.sync.domain.identity.AccountAction;
import com.qventory.sync.domain.identity.AccountChange;
import com.qventory.sync.domain.identity.Role;
import com.qventory.sync.domain.identity.UserAccount;
import com.qventory.sync.domain.identity.UserAccountRepository;
import com.qventory.sync.domain.identity.Username;
import com.qventory.sync.domain.identity.UsernameTakenException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Creates the people who log in: sellers who sign themselves up, and the first admin. */
@Stateless
@PermitAll
public class AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

  @Inject private UserAccountRepository accounts;

  @Inject private PasswordHasher hasher;

  @Inject private Clock clock;

  @Inject private Event<AccountChanged> changed;

  @Inject
  @ConfigProperty(name = "qventory.mode", defaultValue = "production")
  private String mode;

  public UserAccount registerSeller(String typedUsername, char[] password)
      throws AccountRejectedException, UsernameTakenException {
    Username username = parseUsername(typedUsername);
    PasswordPolicy.check(password);
    if (accounts.findByUsername(username).isPresent()) {
      // The common case, answered without a failed insert; the unique constraint decides races.
      throw new UsernameTakenException(username);
    }
    UserAccount seller =
        new UserAccount(username, hasher.hash(password), Set.of(Role.SELLER), clock.instant());
    accounts.add(seller);
    LOG.info("[IDENTITY] Seller '" + username + "' signed up");
    return seller;
  }

  /**
   * Creates an admin unless one exists already. Concurrent calls (several cluster nodes starting at
   * once) are safe: the unique username decides. In production mode a published password ({@link
   * PublishedValues#PASSWORDS}) is refused.
   *
   * @return whether an admin was created
   */
  public boolean createFirstAdminIfNone(String typedUsername, char[] password)
      throws AccountRejectedException {
    if (accounts.countWithRole(Role.ADMIN) > 0) {
      return false;
    }
    Username username = parseUsername(typedUsername);
    PasswordPolicy.checkAdmin(password, ProductionMode.is(mode));
    try {
      accounts.add(
          new UserAccount(
              username, hasher.hash(password), Set.of(Role.ADMIN, Role.SELLER), clock.instant()));
    } catch (UsernameTakenException e) {
      throw new AccountRejectedException(
          "Cannot create the first admin: the username '" + username + "' belongs to a seller");
    }
    accounts.record(
        new AccountChange(
            clock.instant(),
            AccountChange.AT_START,
            AccountAction.FIRST_ADMIN_CREATED,
            username,
            null));
    LOG.info("[IDENTITY] Created the first admin '" + username + "'");
    return true;
  }

  /**
   * Production mode: no admin keeps a published password ({@link PublishedValues#PASSWORDS}), such
   * as the run command's, which an admin created in development mode against the same database
   * would still have. The configured first admin ({@code username}) gets {@code replacement}
   * instead when one is configured; any other such admin is disabled.
   *
   * @return what was done, one line per admin (empty when every admin's password is private)
   */
  public List<String> retirePublishedAdminPasswords(String username, Optional<char[]> replacement)
      throws AccountRejectedException {
    List<String> done = new ArrayList<>();
    for (UserAccount admin : accounts.withRole(Role.ADMIN)) {
      if (!admin.isEnabled()
          || PublishedValues.PASSWORDS.stream()
              .noneMatch(
                  published -> hasher.matches(published.toCharArray(), admin.getPasswordHash()))) {
        continue;
      }
      String name = admin.getUsername().value();
      if (name.equals(username) && replacement.isPresent()) {
        PasswordPolicy.check(replacement.get());
        admin.changePassword(hasher.hash(replacement.get()));
        done.add(
            "admin '" + name + "' had a published password: it now has the configured initial one");
      } else {
        admin.disable();
        done.add(
            "admin '"
                + name
                + "' had a published password and is disabled: give it a private one to log in");
      }
      accounts.record(
          new AccountChange(
              clock.instant(),
              AccountChange.AT_START,
              AccountAction.PUBLISHED_PASSWORD_RETIRED,
              admin.getUsername(),
              admin.isEnabled() ? "given the configured initial password" : "disabled"));
      changed.fire(new AccountChanged(admin.getUsername()));
    }
    return done;
  }

  private static Username parseUsername(String typed) throws AccountRejectedException {
    if (typed == null || typed.isBlank()) {
      throw new AccountRejectedException("A username is required");
    }
    try {
      return Username.parse(typed);
    } catch (IllegalArgumentException e) {
      throw new AccountRejectedException(e.getMessage());
    }
  }
}
