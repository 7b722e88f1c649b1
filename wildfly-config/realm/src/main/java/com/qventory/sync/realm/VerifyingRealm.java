package com.qventory.sync.realm;

import java.security.GeneralSecurityException;
import java.security.Principal;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.util.HexFormat;
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
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
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
 * <p>Who may try a password at all, and how often, is decided before a request gets here, by the
 * application's HTTP edge (its {@code LoginGuard}): this realm only verifies.
 *
 * <p>Installed as a WildFly module and used as an Elytron {@code custom-realm}
 * (wildfly-config/security.cli); the datasource is {@code java:jboss/datasources/QventoryDS}.
 */
public final class VerifyingRealm implements CacheableSecurityRealm {

  static final String DATASOURCE = "java:jboss/datasources/QventoryDS";

  /** The attribute the security domain's groups-to-roles decoder reads. */
  static final String GROUPS = "groups";

  /** The application's setting of the bcrypt cost of stored passwords, and its default. */
  static final String BCRYPT_COST = "QVENTORY_SECURITY_BCRYPT_COST";

  static final int DEFAULT_BCRYPT_COST = 10;

  /** Whether a guess matches a stored hash: bcrypt, the expensive part. */
  @FunctionalInterface
  interface PasswordCheck {
    boolean matches(String storedHash, char[] guess);
  }

  private final Users users;
  private final PasswordCheck check;

  /**
   * A hash no password matches (bcrypt of random bytes, at the cost the application hashes
   * passwords with): an unknown user's guess is checked against it, so that it costs what a known
   * user's does and timing does not tell which usernames exist.
   */
  private final String decoy;

  /** For the custom-realm resource: the bcrypt cost is the application's setting. */
  public VerifyingRealm() {
    this(
        new JdbcUsers(DATASOURCE),
        VerifyingRealm::bcryptMatches,
        bcryptCost(System.getenv(BCRYPT_COST)));
  }

  VerifyingRealm(Users users, PasswordCheck check, int decoyCost) {
    this.users = users;
    this.check = check;
    this.decoy = decoyHash(decoyCost);
  }

  /**
   * The cost the application hashes passwords with ({@code qventory.security.bcrypt-cost}, from its
   * environment variable), which the application checks is 10 to 31.
   */
  static int bcryptCost(String configured) {
    if (configured == null || configured.isBlank()) {
      return DEFAULT_BCRYPT_COST;
    }
    try {
      int cost = Integer.parseInt(configured.strip());
      return cost >= DEFAULT_BCRYPT_COST && cost <= 31 ? cost : DEFAULT_BCRYPT_COST;
    } catch (NumberFormatException e) {
      return DEFAULT_BCRYPT_COST;
    }
  }

  /** bcrypt, at {@code cost}, of random bytes nobody knows. */
  static String decoyHash(int cost) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    return bcrypt(HexFormat.of().formatHex(secret).toCharArray(), cost);
  }

  /** The decoy's hash (for tests: its cost). */
  String decoy() {
    return decoy;
  }

  /** A password's bcrypt hash in modular-crypt form ($2a$…), as the application stores them. */
  static String bcrypt(char[] password, int cost) {
    try {
      byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
      new SecureRandom().nextBytes(salt);
      PasswordFactory factory =
          PasswordFactory.getInstance(
              BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
      return ModularCrypt.encodeAsString(
          factory.generatePassword(
              new EncryptablePasswordSpec(
                  password, new IteratedSaltedPasswordAlgorithmSpec(cost, salt))));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("bcrypt is not available", e);
    }
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
   * Users change in the application's tables, out of this realm's sight: the application says so
   * through {@link IdentityChanges}, and the caching realm drops the user at once.
   */
  @Override
  public void registerIdentityChangeListener(Consumer<Principal> listener) {
    IdentityChanges.listen(listener);
  }

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
        Class<? extends Evidence> evidenceType, String algorithmName) {
      return PasswordGuessEvidence.class.isAssignableFrom(evidenceType)
          ? SupportLevel.SUPPORTED
          : SupportLevel.UNSUPPORTED;
    }

    /**
     * A guess at the password: checked with bcrypt against the user's hash, or against the decoy
     * when there is no such user (the same cost either way).
     */
    @Override
    public boolean verifyEvidence(Evidence evidence) throws RealmUnavailableException {
      if (!(evidence instanceof PasswordGuessEvidence guess) || principal == null) {
        return false;
      }
      return check.matches(user().map(Users.User::passwordHash).orElse(decoy), guess.getGuess())
          && user().isPresent();
    }

    /**
     * Every name "exists" to Elytron, so that it asks for the password of an unknown one too, and
     * an unknown username costs a log-in what a known one does. Only a right password (which an
     * unknown user has none of) authenticates.
     */
    @Override
    public boolean exists() {
      return principal != null;
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
