package com.qventory.sync.application.identity;

import com.qventory.sync.domain.identity.UserAccount;
import com.qventory.sync.domain.identity.UserAccountRepository;
import com.qventory.sync.domain.identity.Username;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;

/** Who is calling, as the user id every seller-owned row is keyed by. */
@ApplicationScoped
public class Callers {

  @Inject private UserAccountRepository accounts;

  public long idOf(Principal caller) {
    Username username = Username.parse(caller.getName());
    return accounts
        .findByUsername(username)
        .map(UserAccount::getId)
        .orElseThrow(() -> new IllegalStateException("No account for the caller " + username));
  }
}
