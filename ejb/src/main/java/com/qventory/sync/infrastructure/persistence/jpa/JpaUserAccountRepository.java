package com.qventory.sync.infrastructure.persistence.jpa;

import com.qventory.sync.domain.identity.AccountChange;
import com.qventory.sync.domain.identity.Role;
import com.qventory.sync.domain.identity.UserAccount;
import com.qventory.sync.domain.identity.UserAccountRepository;
import com.qventory.sync.domain.identity.Username;
import com.qventory.sync.domain.identity.UsernameTakenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

  private static final String UNIQUE_VIOLATION = "23505";

  @PersistenceContext(unitName = "qventory")
  private EntityManager entityManager;

  @Override
  public Optional<UserAccount> findByUsername(Username username) {
    return entityManager
        .createNamedQuery(UserAccount.FIND_BY_USERNAME, UserAccount.class)
        .setParameter("username", username.value())
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<String> usernameOf(long userId) {
    return Optional.ofNullable(entityManager.find(UserAccount.class, userId))
        .map(u -> u.getUsername().value());
  }

  @Override
  public Map<Long, String> usernamesOf(Collection<Long> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return entityManager
        .createQuery(
            "SELECT u.id, u.username FROM UserAccount u WHERE u.id IN :ids", Object[].class)
        .setParameter("ids", userIds)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
  }

  @Override
  public long countWithRole(Role role) {
    return entityManager
        .createNamedQuery(UserAccount.COUNT_WITH_ROLE, Long.class)
        .setParameter("role", role)
        .getSingleResult();
  }

  @Override
  public List<UserAccount> withRole(Role role) {
    return entityManager
        .createNamedQuery(UserAccount.FIND_WITH_ROLE, UserAccount.class)
        .setParameter("role", role)
        .getResultList();
  }

  @Override
  public void add(UserAccount account) throws UsernameTakenException {
    try {
      entityManager.persist(account);
      entityManager.flush();
    } catch (PersistenceException e) {
      if (isUniqueViolation(e)) {
        throw new UsernameTakenException(account.getUsername());
      }
      throw e;
    }
  }

  private static boolean isUniqueViolation(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void record(AccountChange change) {
    entityManager.persist(change);
  }

  @Override
  public List<AccountChange> latestChanges(int max) {
    return entityManager
        .createQuery(
            "SELECT c FROM AccountChange c ORDER BY c.at DESC, c.id DESC", AccountChange.class)
        .setMaxResults(max)
        .getResultList();
  }
}
