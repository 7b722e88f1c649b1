package com.qventory.sync.realm;

import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.spec.AlgorithmParameterSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.wildfly.security.auth.SupportLevel;
import org.wildfly.security.auth.realm.CacheableSecurityRealm;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.authz.Attributes;
import org.wildfly.security.authz.AuthorizationIdentity;
import org.wildfly.security.authz.MapAttributes;
import org.wildfly.security.credential.Credential;
import org.wildfly.security.evidence.Evidence;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * The application's users for Elytron: verifies a password against the stored bcrypt hash and gives
 * the user's roles as the {@code groups} attribute — and never hands the hash out.
 *
 * <p>That last part is the point. Elytron's caching realm, in front of a realm that offers the
 * stored credential (as the JDBC realm does), caches the hash and runs bcrypt on every request
 * (~100 ms of CPU each). In front of this realm, which offers none, it verifies the first guess
 * here and then keeps the verified password: a known caller costs no bcrypt and no query until the
 * entry ages out; a wrong password still comes here.
 *
 * <p>Installed as a WildFly module and used as an Elytron {@code custom-realm}
 * (wildfly-config/security.cli); the datasource is {@code java:jboss/datasources/QventoryDS}.
 */
public final class VerifyingRealm implements CacheableSecurityRealm {

  static final String DATASOURCE = "java:jboss/datasources/QventoryDS";

  /** The attribute the security domain's groups-to-roles decoder reads. */
  static final String GROUPS = "groups";

  /** Whether a guess matches a stored hash: bcrypt, the expensive part. */
  @FunctionalInterface
  interface PasswordCheck {
    boolean matches(String storedHash, char[] guess);
  }

  private final Users users;
  private final PasswordCheck check;

  /** For the custom-realm resource. */
  public VerifyingRealm() {
    this(new JdbcUsers(DATASOURCE), VerifyingRealm::bcryptMatches);
  }

  VerifyingRealm(Users users, PasswordCheck check) {
    this.users = users;
    this.check = check;
  }

  /** Elytron's own verification of a modular-crypt hash ($2a$… for bcrypt). */
  static boolean bcryptMatches(String storedHash, char[] guess) {
    try {
      Password stored = ModularCrypt.decode(storedHash);
      PasswordFactory factory =
          PasswordFactory.getInstance(
              stored.getAlgorithm(), WildFlyElytronPasswordProvider.getInstance());
      return factory.verify(factory.translate(stored), guess);
    } catch (GeneralSecurityException e) {
      return false; // not a hash we can read: no password matches it
    }
  }

  /**
   * Users change in the application's tables, out of this realm's sight: a cached entry lives until
   * the caching realm's maximum age, or until its clear-cache operation.
   */
  @Override
  public void registerIdentityChangeListener(Consumer<Principal> listener) {}

  @Override
  public RealmIdentity getRealmIdentity(Principal principal) {
    return new Identity(principal);
  }

  @Override
  public SupportLevel getCredentialAcquireSupport(
      Class<? extends Credential> credentialType,
      String algorithmName,
      AlgorithmParameterSpec parameterSpec) {
    return SupportLevel.UNSUPPORTED;
  }

  @Override
  public SupportLevel getEvidenceVerifySupport(
      Class<? extends Evidence> evidenceType, String algorithmName) {
    return PasswordGuessEvidence.class.isAssignableFrom(evidenceType)
        ? SupportLevel.POSSIBLY_SUPPORTED
        : SupportLevel.UNSUPPORTED;
  }

  private final class Identity implements RealmIdentity {
    private final Principal principal;
    private Optional<Users.User> user;

    Identity(Principal principal) {
      this.principal = principal;
    }

    private Optional<Users.User> user() throws RealmUnavailableException {
      if (user == null) {
        user = principal == null ? Optional.empty() : users.find(principal.getName());
      }
      return user;
    }

    @Override
    public Principal getRealmIdentityPrincipal() {
      return principal;
    }

    @Override
    public SupportLevel getCredentialAcquireSupport(
        Class<? extends Credential> credentialType,
        String algorithmName,
        AlgorithmParameterSpec parameterSpec) {
      return SupportLevel.UNSUPPORTED;
    }

    @Override
    public <C extends Credential> C getCredential(Class<C> credentialType) {
      return null; // never the hash: see the class comment
    }

    @Override
    public SupportLevel getEvidenceVerifySupport(
        Class<? extends Evidence> evidenceType, String algorithmName)
        throws RealmUnavailableException {
      return user().isPresent() && PasswordGuessEvidence.class.isAssignableFrom(evidenceType)
          ? SupportLevel.SUPPORTED
          : SupportLevel.UNSUPPORTED;
    }

    @Override
    public boolean verifyEvidence(Evidence evidence) throws RealmUnavailableException {
      if (!(evidence instanceof PasswordGuessEvidence guess) || user().isEmpty()) {
        return false;
      }
      return check.matches(user().get().passwordHash(), guess.getGuess());
    }

    @Override
    public boolean exists() throws RealmUnavailableException {
      return user().isPresent();
    }

    @Override
    public AuthorizationIdentity getAuthorizationIdentity() throws RealmUnavailableException {
      return AuthorizationIdentity.basicIdentity(getAttributes());
    }

    @Override
    public Attributes getAttributes() throws RealmUnavailableException {
      List<String> roles = user().map(u -> List.copyOf(u.roles())).orElse(List.of());
      return new MapAttributes(Map.of(GROUPS, roles));
    }
  }
}
