package com.qventory.sync.application.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.domain.identity.AccountChange;
import com.qventory.sync.domain.identity.Role;
import com.qventory.sync.domain.identity.UserAccount;
import com.qventory.sync.domain.identity.UserAccountRepository;
import com.qventory.sync.domain.identity.Username;
import com.qventory.sync.testing.Fields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountAdministrationTest {

  private final List<UserAccount> users = new ArrayList<>();
  private final AccountAdministration administration = new AccountAdministration();

  AccountAdministrationTest() {
    Fields.set(administration, "accounts", new Users());
  }

  @Test
  void theOnlyEnabledAdminKeepsTheRole() {
    UserAccount only = user("root", Role.ADMIN);
    UserAccount disabled = user("old-admin", Role.ADMIN, Role.SELLER);
    disabled.disable();

    AccountRejectedException refused =
        assertThrows(AccountRejectedException.class, () -> administration.removeAdmin("root"));

    assertTrue(refused.getMessage().contains("the only admin"), refused.getMessage());
    assertTrue(only.hasRole(Role.ADMIN));
  }

  @Test
  void aUserWhoIsNoAdminCannotLoseTheRoleNorAnUnknownOne() {
    user("root", Role.ADMIN);
    user("seller", Role.SELLER);

    assertEquals(
        "seller is not an admin",
        assertThrows(AccountRejectedException.class, () -> administration.removeAdmin("seller"))
            .getMessage());
    assertEquals(
        "No user nobody",
        assertThrows(AccountRejectedException.class, () -> administration.addAdmin("nobody"))
            .getMessage());
  }

  @Test
  void anAdminWhoWasOnlyAnAdminStaysASeller() {
    UserAccount root = user("root", Role.ADMIN);
    user("other", Role.ADMIN);
    root.grant(Role.SELLER);
    root.revoke(Role.ADMIN);

    assertEquals(Set.of(Role.SELLER), root.getRoles());
    assertThrows(IllegalStateException.class, () -> root.revoke(Role.SELLER));
  }

  private UserAccount user(String name, Role... roles) {
    UserAccount user = new UserAccount(new Username(name), "hash", Set.of(roles), Instant.EPOCH);
    Fields.set(user, "id", (long) users.size() + 1);
    users.add(user);
    return user;
  }

  private final class Users implements UserAccountRepository {

    @Override
    public Optional<UserAccount> findByUsername(Username username) {
      return users.stream().filter(u -> u.getUsername().equals(username)).findFirst();
    }

    @Override
    public List<UserAccount> withRole(Role role) {
      return users.stream().filter(u -> u.hasRole(role)).toList();
    }

    @Override
    public long countWithRole(Role role) {
      return withRole(role).size();
    }

    @Override
    public Optional<String> usernameOf(long userId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<Long, String> usernamesOf(Collection<Long> userIds) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void add(UserAccount account) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void record(AccountChange change) {
      throw new UnsupportedOperationException("nothing is recorded when nothing is done");
    }

    @Override
    public List<AccountChange> latestChanges(int max) {
      throw new UnsupportedOperationException();
    }
  }
}
