package com.qventory.sync.realm;

import java.security.Principal;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.wildfly.security.auth.principal.NamePrincipal;

/**
 * How the application tells Elytron's caching realm that a user changed (a new password, a role
 * granted or taken, an account disabled), so that the cached identity is dropped at once instead of
 * believed until it ages out. The caching realm listens through {@link
 * VerifyingRealm#registerIdentityChangeListener}; the application, which sees this module as a
 * dependency of its deployment, calls {@link #changed}. Each server knows only its own cache.
 */
public final class IdentityChanges {

  private static final List<Consumer<Principal>> LISTENERS = new CopyOnWriteArrayList<>();

  private IdentityChanges() {}

  static void listen(Consumer<Principal> listener) {
    LISTENERS.add(listener);
  }

  /** Drops whatever the caches hold of {@code username}. */
  public static void changed(String username) {
    Principal principal = new NamePrincipal(username);
    LISTENERS.forEach(listener -> listener.accept(principal));
  }
}
