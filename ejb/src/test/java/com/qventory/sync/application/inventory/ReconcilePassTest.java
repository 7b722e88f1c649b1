package com.qventory.sync.application.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.application.seller.FreshTokens;
import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.EbayListings;
import com.qventory.sync.domain.seller.SellerRepository;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The polling windows within eBay's limits: where a pass starts and ends, and how it narrows. */
class ReconcilePassTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  private final List<Instant[]> windows = new ArrayList<>();
  private final List<Instant> stamps = new ArrayList<>();
  private Instant finishedTo;

  @Test
  void thirtyMinuteWindowsFromTheStartUpToNowLessEbaysTwoMinutesOfSettling() {
    pass(NOW.minus(Duration.ofMinutes(95)), window -> 0).reconcile(7);

    assertEquals(
        List.of("-95..-65", "-65..-35", "-35..-5", "-5..-2"),
        windows.stream().map(ReconcilePassTest::minutes).toList());
    assertEquals(NOW.minus(Duration.ofMinutes(2)), finishedTo);
  }

  @Test
  void anAnswerAtEbaysCapOfTwoThousandIsAskedAgainInHalves() {
    // eBay answers its cap of 2,000 items for any window over ten minutes in this test.
    pass(
            NOW.minus(Duration.ofMinutes(32)),
            window -> Duration.between(window[0], window[1]).toMinutes() > 10 ? 2_000 : 0)
        .reconcile(7);

    List<Instant[]> leaves =
        windows.stream().filter(w -> Duration.between(w[0], w[1]).toMinutes() <= 10).toList();
    assertTrue(leaves.size() >= 3, "narrowed: " + windows.size() + " calls");
    Instant covered = NOW.minus(Duration.ofMinutes(32));
    for (Instant[] leaf : leaves) {
      assertEquals(covered, leaf[0], "the narrowed windows cover the range without gaps");
      covered = leaf[1];
    }
    assertEquals(NOW.minus(Duration.ofMinutes(2)), covered);
  }

  @Test
  void listingsAreStatedAtTheAnswersTimeLessTheSettlingSoANewerNotificationStillWins() {
    pass(NOW.minus(Duration.ofMinutes(10)), window -> 1).reconcile(7);

    assertEquals(List.of(NOW.minus(Duration.ofMinutes(2))), stamps);
  }

  @Test
  void theFirstPassStartsWhenEbayWasConnectedAndLaterOnesOverlapTheLastByTwoMinutes()
      throws Exception {
    EbayAccount fresh = account(NOW.minus(Duration.ofHours(3)), null);
    EbayAccount seen = account(NOW.minus(Duration.ofHours(3)), NOW.minus(Duration.ofMinutes(15)));
    EbayAccount longAgo = account(NOW.minus(Duration.ofDays(9)), null);

    assertEquals(NOW.minus(Duration.ofMinutes(182)), startOf(fresh));
    assertEquals(NOW.minus(Duration.ofMinutes(17)), startOf(seen));
    assertEquals(NOW.minus(ReconcilePass.HORIZON), startOf(longAgo), "never beyond the horizon");
  }

  @Test
  void aSellerWhoseGrantEbayRefusedIsNotPolledUntilTheyConnectAgain() throws Exception {
    EbayAccount refused = account(NOW.minus(Duration.ofHours(3)), null);
    refused.needsReconnect("invalid_grant", NOW.minus(Duration.ofMinutes(5)));

    assertTrue(
        steps(refused).begin(7, NOW, ReconcilePass.OVERLAP, ReconcilePass.HORIZON).isEmpty());
    refused.tokens("new-access", NOW.plus(Duration.ofHours(2)), "new-refresh", null);
    assertTrue(
        steps(refused).begin(7, NOW, ReconcilePass.OVERLAP, ReconcilePass.HORIZON).isPresent());
  }

  private interface Answer {
    int itemsFor(Instant[] window);
  }

  private ReconcilePass pass(Instant from, Answer answer) {
    ReconcilePass pass = new ReconcilePass();
    pass.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    pass.settle = Duration.ofMinutes(2);
    pass.steps =
        new ReconcileSteps() {
          @Override
          public Optional<Start> begin(
              long sellerId, Instant now, Duration overlap, Duration horizon) {
            return Optional.of(new Start(from));
          }

          @Override
          public boolean apply(long sellerId, EbayListing listing, Instant stateAt) {
            stamps.add(stateAt);
            return false;
          }

          @Override
          public void covered(long sellerId, Instant windowEnd, Instant now) {}

          @Override
          public void finished(long sellerId, Instant to, Instant at, int corrected) {
            finishedTo = to;
          }

          @Override
          public void failed(long sellerId, String error, Instant at) {
            throw new AssertionError("the pass failed: " + error);
          }
        };
    pass.tokens =
        new FreshTokens() {
          @Override
          public String accessToken(long sellerId) {
            return "token";
          }
        };
    pass.listings =
        proxy(
            EbayListings.class,
            (name, args) -> {
              if (!name.equals("sellerEvents")) {
                throw new UnsupportedOperationException(name);
              }
              Instant[] window = {(Instant) args[1], (Instant) args[2]};
              windows.add(window);
              int count = answer.itemsFor(window);
              List<EbayListing> items =
                  count == 0 ? List.of() : Collections.nCopies(count, (EbayListing) null);
              return new EbayListings.SellerListPage(items, 1, count, NOW);
            });
    return pass;
  }

  private static Instant startOf(EbayAccount account) throws Exception {
    return steps(account)
        .begin(7, NOW, ReconcilePass.OVERLAP, ReconcilePass.HORIZON)
        .orElseThrow()
        .from();
  }

  private static ReconcileSteps steps(EbayAccount account) {
    ReconcileSteps steps = new ReconcileSteps();
    steps.sellers =
        proxy(
            SellerRepository.class,
            (name, args) ->
                switch (name) {
                  case "findBySellerId" -> Optional.of(account);
                  case "leaseReconciliation" -> true;
                  default -> throw new UnsupportedOperationException(name);
                });
    return steps;
  }

  private static EbayAccount account(Instant connectedAt, Instant reconciledTo) {
    EbayAccount account = new EbayAccount(7L, "seller_ebay", null, null, connectedAt);
    if (reconciledTo != null) {
      account.reconciled(reconciledTo, reconciledTo, 0);
    }
    return account;
  }

  private static String minutes(Instant[] window) {
    return Duration.between(NOW, window[0]).toMinutes()
        + ".."
        + Duration.between(NOW, window[1]).toMinutes();
  }

  @FunctionalInterface
  private interface Handler {
    Object handle(String method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Handler handler) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (p, method, args) -> handler.handle(method.getName(), args)));
  }
}
