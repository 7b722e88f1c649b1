package com.qventory.sync.realm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.Provider;
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
import org.wildfly.security.password.WildFlyElytronPasswordProvider;

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
          },
          VerifyingRealm.DEFAULT_BCRYPT_COST);

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
  void anUnknownUserCostsOneBcryptLikeAKnownOneAndNeverAuthenticates() throws Exception {
    assertFalse(verify(cached, "mallory", PASSWORD));
    assertFalse(verify(cached, "alice", "not it at all"));

    assertEquals(2, bcrypts.get(), "one bcrypt each: timing does not tell who exists");
    assertEquals(
        List.of(),
        List.copyOf(
            realm.getRealmIdentity(new NamePrincipal("mallory")).getAttributes().get("groups")),
        "no roles for a name no one has");
  }

  @Test
  void theDecoyCostsWhatTheConfiguredCostMakesStoredHashesCost() {
    assertTrue(realm.decoy().startsWith("$2a$10$"), realm.decoy());
    assertTrue(
        new VerifyingRealm(username -> Optional.empty(), (stored, guess) -> false, 12)
            .decoy()
            .startsWith("$2a$12$"),
        "a server configured for cost 12 checks unknown names at cost 12");
    assertEquals(12, VerifyingRealm.bcryptCost("12"));
    assertEquals(VerifyingRealm.DEFAULT_BCRYPT_COST, VerifyingRealm.bcryptCost(null));
    assertEquals(VerifyingRealm.DEFAULT_BCRYPT_COST, VerifyingRealm.bcryptCost("9"));
  }

  @Test
  void theRolesAreGroupsAndTheHashIsNeverHandedOut() throws Exception {
    RealmIdentity alice = realm.getRealmIdentity(new NamePrincipal("alice"));

    assertEquals(List.of("seller"), List.copyOf(alice.getAttributes().get("groups")));
    assertNull(alice.getCredential(PasswordCredential.class));
  }

  private static boolean verify(
      org.wildfly.security.auth.server.SecurityRealm realm, String user, String password)
      throws Exception {
    RealmIdentity identity = realm.getRealmIdentity(new NamePrincipal(user));
    return identity.exists()
        && identity.verifyEvidence(new PasswordGuessEvidence(password.toCharArray()));
  }

  private static String bcrypt(String password) {
    return VerifyingRealm.bcrypt(password.toCharArray(), 10);
  }
}
