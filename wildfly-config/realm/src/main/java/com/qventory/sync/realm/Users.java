package com.qventory.sync.realm;

import java.util.Optional;
import java.util.Set;
import org.wildfly.security.auth.server.RealmUnavailableException;

/** The application's users, as the realm reads them: an enabled user's hash and roles. */
interface Users {

  /** An enabled user: the bcrypt hash in modular-crypt form ($2a$…) and the role names. */
  record User(String passwordHash, Set<String> roles) {}

  Optional<User> find(String username) throws RealmUnavailableException;
}
