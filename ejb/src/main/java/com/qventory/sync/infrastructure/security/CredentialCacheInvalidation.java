package com.qventory.sync.infrastructure.security;

import com.qventory.sync.application.identity.AccountChanged;
import com.qventory.sync.realm.IdentityChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Drops a changed user from Elytron's credential cache once the change has committed (before, a
 * log-in in between could cache the old state again): an old password or a removed role stops
 * working at once on this server. Other nodes of a cluster forget within the cache's five minutes.
 */
@ApplicationScoped
public class CredentialCacheInvalidation {

  void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged changed) {
    IdentityChanges.changed(changed.username().value());
  }
}
