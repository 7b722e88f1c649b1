package com.qventory.sync.domain.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A person who logs in: a seller or an admin. The password is kept only as a salted bcrypt hash in
 * modular-crypt form, which WildFly's Elytron JDBC realm verifies at log-in.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = UserAccount.FIND_BY_USERNAME,
    query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(
    name = UserAccount.FIND_WITH_ROLE,
    query = "SELECT u FROM UserAccount u JOIN u.roles r WHERE r = :role ORDER BY u.id")
@NamedQuery(
    name = UserAccount.COUNT_WITH_ROLE,
    query = "SELECT COUNT(u) FROM UserAccount u JOIN u.roles r WHERE r = :role")
public class UserAccount {

  public static final String FIND_BY_USERNAME = "UserAccount.findByUsername";
  public static final String COUNT_WITH_ROLE = "UserAccount.countWithRole";
  public static final String FIND_WITH_ROLE = "UserAccount.findWithRole";

  @Id
  @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String username;

  @Column(name = "password_hash", nullable = false, length = 200)
  private String passwordHash;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", nullable = false, length = 20)
  @Convert(converter = RoleConverter.class)
  private Set<Role> roles = new HashSet<>();

  protected UserAccount() {
    // for JPA
  }

  public UserAccount(Username username, String passwordHash, Set<Role> roles, Instant createdAt) {
    this.username = Objects.requireNonNull(username, "username").value();
    this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
    if (roles.isEmpty()) {
      throw new IllegalArgumentException("A user needs at least one role");
    }
    this.roles = new HashSet<>(roles);
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    this.enabled = true;
  }

  public Long getId() {
    return id;
  }

  public Username getUsername() {
    return new Username(username);
  }

  public boolean isEnabled() {
    return enabled;
  }

  /** The stored password: a bcrypt hash in modular-crypt form, never the password. */
  public String getPasswordHash() {
    return passwordHash;
  }

  public void changePassword(String newPasswordHash) {
    this.passwordHash = Objects.requireNonNull(newPasswordHash, "newPasswordHash");
  }

  /** The user can no longer log in (the realm reads only enabled users). */
  public void disable() {
    this.enabled = false;
  }

  /** The user can log in again. */
  public void enable() {
    this.enabled = true;
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /**
   * @return whether the user did not have the role yet
   */
  public boolean grant(Role role) {
    return roles.add(Objects.requireNonNull(role, "role"));
  }

  /**
   * @return whether the user had the role
   * @throws IllegalStateException when it is the user's only role
   */
  public boolean revoke(Role role) {
    if (roles.equals(Set.of(role))) {
      throw new IllegalStateException("A user keeps at least one role");
    }
    return roles.remove(role);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Set<Role> getRoles() {
    return roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
  }
}
