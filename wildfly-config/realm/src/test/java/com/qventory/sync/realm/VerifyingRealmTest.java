package com.qventory.sync.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Provider;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.wildfly.security.auth.principal.NamePrincipal;
import org.wildfly.security.auth.realm.CachingSecurityRealm;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.cache.LRURealmIdentityCache;
import org.wildfly.security.credential.PasswordCredential;
import org.wildfly.security.evidence.PasswordGuessEvidence;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/** The realm behind Elytron's caching realm, as security.cli configures the two. */
class VerifyingRealmTest {

  private static final String PASSWORD = "a long enough passphrase";

  private final AtomicInteger reads = new AtomicInteger();
  private final AtomicInteger bcrypts = new AtomicInteger();
  private final String hash = bcrypt(PASSWORD);

  private final VerifyingRealm realm =
      new VerifyingRealm(
          username -> {
            reads.incrementAndGet();
            return username.equals("alice")
                ? Optional.of(new Users.User(hash, Set.of("seller")))
                : Optional.empty();
          },
          (stored, guess) -> {
            bcrypts.incrementAndGet();
            return VerifyingRealm.bcryptMatches(stored, guess);
          });

  private final CachingSecurityRealm cached =
      new CachingSecurityRealm(
          realm,
          new LRURealmIdentityCache(100),
          () -> new Provider[] {WildFlyElytronPasswordProvider.getInstance()});

  @Test
  void aKnownCallerIsVerifiedOnceWithBcryptAndThenFromTheCache() throws Exception {
    for (int call = 0; call < 5; call++) {
      assertTrue(verify(cached, "alice", PASSWORD), "call " + call);
    }

    assertEquals(1, bcrypts.get(), "bcrypt for the first call only");
    assertEquals(1, reads.get(), "the user is read once");
  }

  @Test
  void aWrongPasswordIsRefusedAndAlwaysGoesToTheRealm() throws Exception {
    assertTrue(verify(cached, "alice", PASSWORD));

    assertFalse(verify(cached, "alice", "not it at all"));
    assertFalse(verify(cached, "alice", "not it either"));

    assertEquals(3, bcrypts.get());
    assertTrue(verify(cached, "alice", PASSWORD), "the cached password still verifies");
    assertEquals(3, bcrypts.get());
  }

  @Test
  void anUnknownUserDoesNotExistAndVerifiesNothing() throws Exception {
    RealmIdentity nobody = cached.getRealmIdentity(new NamePrincipal("mallory"));

    assertFalse(nobody.exists());
    assertFalse(nobody.verifyEvidence(new PasswordGuessEvidence(PASSWORD.toCharArray())));
    assertEquals(0, bcrypts.get());
  }

  @Test
  void theRolesAreGroupsAndTheHashIsNeverHandedOut() throws Exception {
    RealmIdentity alice = realm.getRealmIdentity(new NamePrincipal("alice"));

    assertEquals(List.of("seller"), List.copyOf(alice.getAttributes().get("groups")));
    assertNull(alice.getCredential(PasswordCredential.class));
  }

  private static boolean verify(CachingSecurityRealm realm, String user, String password)
      throws Exception {
    RealmIdentity identity = realm.getRealmIdentity(new NamePrincipal(user));
    return identity.exists()
        && identity.verifyEvidence(new PasswordGuessEvidence(password.toCharArray()));
  }

  private static String bcrypt(String password) {
    try {
      byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
      new SecureRandom().nextBytes(salt);
      PasswordFactory factory =
          PasswordFactory.getInstance(
              BCryptPassword.ALGORITHM_BCRYPT, WildFlyElytronPasswordProvider.getInstance());
      return ModularCrypt.encodeAsString(
          factory.generatePassword(
              new EncryptablePasswordSpec(
                  password.toCharArray(), new IteratedSaltedPasswordAlgorithmSpec(10, salt))));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
