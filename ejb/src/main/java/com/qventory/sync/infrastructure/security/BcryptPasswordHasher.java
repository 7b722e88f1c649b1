package com.qventory.sync.infrastructure.security;

import com.qventory.sync.application.identity.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Hashes passwords with bcrypt, using WildFly Elytron's own implementation so that the stored
 * modular-crypt string ({@code $2a$…}) is exactly what the Elytron JDBC realm verifies at log-in.
 */
@ApplicationScoped
public class BcryptPasswordHasher implements PasswordHasher {

  /** Below this, bcrypt is too cheap to slow an offline attack meaningfully. */
  static final int MINIMUM_COST = 10;

  private final SecureRandom random = new SecureRandom();
  private int cost;

  protected BcryptPasswordHasher() {
    // for CDI proxies
  }

  @Inject
  public BcryptPasswordHasher(
      @ConfigProperty(name = "qventory.security.bcrypt-cost", defaultValue = "10") int cost) {
    if (cost < MINIMUM_COST || cost > 31) {
      throw new IllegalArgumentException(
          "qventory.security.bcrypt-cost must be between " + MINIMUM_COST + " and 31, was " + cost);
    }
    this.cost = cost;
  }

  @Override
  public String hash(char[] password) {
    byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
    random.nextBytes(salt);
    try {
      PasswordFactory factory = factory();
      BCryptPassword hashed =
          (BCryptPassword)
              factory.generatePassword(
                  new EncryptablePasswordSpec(
                      password, new IteratedSaltedPasswordAlgorithmSpec(cost, salt)));
      return ModularCrypt.encodeAsString(hashed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("bcrypt is not available", e);
    }
  }

  @Override
  public boolean matches(char[] password, String modularCryptHash) {
    try {
      PasswordFactory factory = factory();
      return factory.verify(factory.translate(ModularCrypt.decode(modularCryptHash)), password);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  private static PasswordFactory factory() throws GeneralSecurityException {
    return PasswordFactory.getInstance(
        BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
  }
}
