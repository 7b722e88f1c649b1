package com.qventory.sync.application.identity;

import com.qventory.sync.domain.identity.Role;
import com.qventory.sync.domain.identity.UserAccount;
import com.qventory.sync.domain.identity.UserAccountRepository;
import com.qventory.sync.domain.identity.Username;
import com.qventory.sync.domain.identity.UsernameTakenException;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Set;
import java.util.logging.Logger;

/** Creates the people who log in: sellers who sign themselves up, and the first admin. */
@Stateless
@PermitAll
public class AccountService {

  private static final Logger LOG = Logger.getLogger(AccountService.class.getName());

  @Inject private UserAccountRepository accounts;

  @Inject private PasswordHasher hasher;

  @Inject private Clock clock;

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
   * once) are safe: the unique username decides.
   *
   * @return whether an admin was created
   */
  public boolean createFirstAdminIfNone(String typedUsername, char[] password)
      throws AccountRejectedException {
    if (accounts.countWithRole(Role.ADMIN) > 0) {
      return false;
    }
    Username username = parseUsername(typedUsername);
    PasswordPolicy.check(password);
    try {
      accounts.add(
          new UserAccount(
              username, hasher.hash(password), Set.of(Role.ADMIN, Role.SELLER), clock.instant()));
    } catch (UsernameTakenException e) {
      throw new AccountRejectedException(
          "Cannot create the first admin: the username '" + username + "' belongs to a seller");
    }
    LOG.info("[IDENTITY] Created the first admin '" + username + "'");
    return true;
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
