package com.qventory.sync.domain.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface UserAccountRepository {

  Optional<UserAccount> findByUsername(Username username);

  long countWithRole(Role role);

  List<UserAccount> withRole(Role role);

  Optional<String> usernameOf(long userId);

  /** The usernames of these users, by id (ids of no user are left out). */
  Map<Long, String> usernamesOf(Collection<Long> userIds);

  /**
   * Adds a user, failing with {@link UsernameTakenException} when the name exists — decided by the
   * database's unique constraint, so that two concurrent sign-ups cannot both win.
   */
  void add(UserAccount account) throws UsernameTakenException;

  /** Records a change made to an account. */
  void record(AccountChange change);

  /** The latest changes made to accounts, newest first. */
  List<AccountChange> latestChanges(int max);
}
