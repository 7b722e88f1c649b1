package com.qventory.sync.application.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.application.seller.EbayTokens;
import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.EbayApi;
import com.qventory.sync.domain.seller.SellerRepository;
import java.lang.reflect.Field;
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

/** The polling windows: where a pass starts, and how a truncated answer is narrowed. */
class ReconcilePassTest {

  private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

  private final List<Instant[]> windows = new ArrayList<>();

  @Test
  void theFirstPassReachesBackToEbaysHorizonAndLaterOnesOverlapTheLastByTwoMinutes()
      throws Exception {
    EbayAccount fresh = account(null);
    EbayAccount seen = account(NOW.minus(Duration.ofMinutes(15)));

    pass(fresh, window -> 0).reconcile(7);
    pass(seen, window -> 0).reconcile(7);

    assertEquals(NOW.minus(ReconcilePass.HORIZON), windows.get(0)[0]);
    assertEquals(NOW, windows.get(0)[1]);
    assertEquals(NOW.minus(Duration.ofMinutes(17)), windows.get(1)[0]);
    assertEquals(NOW, seen.getReconciledTo());
  }

  @Test
  void anAnswerThatLooksTruncatedIsAskedAgainInHalves() throws Exception {
    // eBay "truncates" any window over one hour in this test: 3,000 items come back.
    pass(
            account(null),
            window -> Duration.between(window[0], window[1]).toMinutes() > 60 ? 3_000 : 0)
        .reconcile(7);

    assertTrue(windows.size() > 3, "halved until small enough: " + windows.size() + " calls");
    List<Instant[]> leaves =
        windows.stream().filter(w -> Duration.between(w[0], w[1]).toMinutes() <= 60).toList();
    Instant covered = NOW.minus(ReconcilePass.HORIZON);
    for (Instant[] leaf : leaves.stream().sorted((a, b) -> a[0].compareTo(b[0])).toList()) {
      assertEquals(covered, leaf[0], "the narrowed windows cover the range without gaps");
      covered = leaf[1];
    }
    assertEquals(NOW, covered);
  }

  private interface Answer {
    int itemsFor(Instant[] window);
  }

  private ReconcilePass pass(EbayAccount account, Answer answer) throws Exception {
    ReconcilePass pass = new ReconcilePass();
    set(pass, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
    set(
        pass,
        "sellers",
        proxy(
            SellerRepository.class,
            (name, args) ->
                switch (name) {
                  case "findBySellerId" -> Optional.of(account);
                  case "tryLockReconciliation" -> true;
                  default -> throw new UnsupportedOperationException(name);
                }));
    // Every window answers no items or is narrowed: nothing reaches the listing sync.
    set(pass, "listings", new ListingSync());
    set(
        pass,
        "ebay",
        proxy(
            EbayApi.class,
            (name, args) -> {
              if (!name.equals("sellerEvents")) {
                throw new UnsupportedOperationException(name);
              }
              Instant[] window = {(Instant) args[1], (Instant) args[2]};
              windows.add(window);
              int count = answer.itemsFor(window);
              List<EbayListing> items =
                  count == 0 ? List.of() : Collections.nCopies(count, (EbayListing) null);
              return new EbayApi.SellerListPage(items, 1, count, NOW);
            }));
    set(
        pass,
        "tokens",
        new EbayTokens() {
          @Override
          public String accessToken(EbayAccount ignored) {
            return "token";
          }
        });
    return pass;
  }

  private static EbayAccount account(Instant reconciledTo) {
    EbayAccount account =
        new EbayAccount(7L, "seller_ebay", null, null, NOW.minus(Duration.ofDays(1)));
    if (reconciledTo != null) {
      account.reconciled(reconciledTo, reconciledTo, 0);
    }
    return account;
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

  private static void set(Object target, String name, Object value) throws Exception {
    Field field = target.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
  }
}
