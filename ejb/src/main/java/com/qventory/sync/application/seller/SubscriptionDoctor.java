package com.qventory.sync.application.seller;

import com.qventory.sync.application.Page;
import com.qventory.sync.domain.identity.UserAccountRepository;
import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.seller.EbayNotificationPreferences;
import com.qventory.sync.domain.seller.SellerRepository;
import com.qventory.sync.domain.seller.StoredTokens;
import com.qventory.sync.domain.webhook.WebhookEventRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The "subscription doctor": for each connected seller, whether eBay will push their changes to us
 * — the events eBay reports subscribed, the application's delivery, eBay's delivery statistics —
 * next to what we saw (last notification, last reconciliation), with a repair.
 */
@Stateless
@RolesAllowed("admin")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // eBay is asked: no transaction open
public class SubscriptionDoctor {

  /** One seller's health, as eBay and our own records tell it. */
  public record SellerHealth(
      long sellerId,
      String username,
      String ebayUserId,
      String token,
      List<String> missingEvents,
      int subscribedEvents,
      SubscriptionChecks.EbayView ebay,
      Instant lastNotification,
      Instant reconciledAt,
      Integer reconciledChanges,
      String reconcileError) {

    public boolean healthy() {
      return ebay.problem().isEmpty()
          && missingEvents.isEmpty()
          && ebay.delivery()
              .map(EbayNotificationPreferences.ApplicationDelivery::enabled)
              .orElse(false);
    }
  }

  /**
   * @param banners what eBay says of the application as a whole (marked down, delivery disabled)
   */
  public record Report(
      List<SellerHealth> sellers, List<String> banners, int page, int pageCount, long total) {}

  /**
   * Sellers per page: each one new to the page costs three eBay calls (then cached), so a page is
   * kept small enough to answer in seconds however many sellers there are.
   */
  public static final int PAGE_SIZE = 25;

  @Inject private SellerRepository sellers;

  @Inject private UserAccountRepository users;

  @Inject private WebhookEventRepository events;

  @Inject private SubscriptionChecks checks;

  @Inject private NotificationSetUp setUp;

  /**
   * @param fresh ask eBay now rather than use answers of the last minutes
   * @param search part of a username or eBay user, or empty for every seller
   * @param page which page of {@link #PAGE_SIZE} sellers, by seller id, from 0
   */
  public Report report(boolean fresh, Optional<String> search, int page) {
    long total = sellers.countConnectedAccounts(search);
    int pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int shown = Math.min(Math.max(page, 0), pageCount - 1);
    List<SellerHealth> health = new ArrayList<>();
    Set<String> banners = new LinkedHashSet<>();
    for (EbayAccount account :
        sellers.connectedAccounts(search, Page.offset(shown, PAGE_SIZE), PAGE_SIZE)) {
      SubscriptionChecks.EbayView view = checks.of(account, fresh);
      List<String> missing =
          NotificationSetUp.SUBSCRIBED_EVENTS.stream()
              .filter(e -> !Boolean.TRUE.equals(view.events().get(e)))
              .toList();
      view.usage()
          .filter(EbayNotificationPreferences.NotificationUsage::markedDown)
          .ifPresent(
              usage ->
                  banners.add(
                      "eBay has marked the application down: it delivers no notification until"
                          + " our endpoint answers its pings again (see its mark-down history"
                          + " below)"));
      view.delivery()
          .filter(d -> !d.enabled())
          .ifPresent(
              d ->
                  banners.add(
                      "eBay reports application delivery disabled: no notification reaches us"
                          + " — Repair a seller's subscription to enable it again"));
      health.add(
          new SellerHealth(
              account.getSellerId(),
              users.usernameOf(account.getSellerId()).orElse("#" + account.getSellerId()),
              account.getEbayUserId(),
              token(account),
              view.problem().isPresent() ? List.of() : missing,
              (int) view.events().values().stream().filter(Boolean::booleanValue).count(),
              view,
              events.lastReceivedFor(account.getSellerId()).orElse(null),
              account.getReconciledAt(),
              account.getReconciledChanges(),
              account.getReconcileError()));
    }
    return new Report(health, List.copyOf(banners), shown, pageCount, total);
  }

  /** Sets the seller's subscription up with eBay again; then eBay is asked afresh. */
  public NotificationSetUp.Outcome repair(long sellerId) throws EbayApiException {
    try {
      return setUp.repair(sellerId);
    } finally {
      checks.forget(sellerId);
    }
  }

  private static String token(EbayAccount account) {
    if (account.getReconnectNeededSince().isPresent()) {
      return "refused by eBay since "
          + account.getReconnectNeededSince().get()
          + ": "
          + account.getReconnectReason();
    }
    return account
        .getTokens()
        .map(StoredTokens::accessTokenExpiresAt)
        .map(expiry -> "valid until " + expiry)
        .orElse("none");
  }
}
