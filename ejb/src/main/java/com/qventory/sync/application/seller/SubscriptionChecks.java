package com.qventory.sync.application.seller;

import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.seller.EbayNotificationPreferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What eBay says of one seller's notifications — their event subscriptions
 * (GetNotificationPreferences, user and application level) and the application's delivery
 * statistics of the last 24 hours (GetNotificationsUsage) — asked at most every {@link #FRESH_FOR}
 * per seller, so that opening the admin's page never spends eBay's call limits.
 */
@ApplicationScoped
public class SubscriptionChecks {

  static final Duration FRESH_FOR = Duration.ofMinutes(10);

  /** eBay's answers for one seller, or why there are none. */
  public record EbayView(
      Instant checkedAt,
      Map<String, Boolean> events,
      Optional<EbayNotificationPreferences.ApplicationDelivery> delivery,
      Optional<EbayNotificationPreferences.NotificationUsage> usage,
      Optional<String> problem) {}

  @Inject private EbayNotificationPreferences preferences;

  @Inject private FreshTokens tokens;

  @Inject private Clock clock;

  private final Map<Long, EbayView> views = new ConcurrentHashMap<>();

  /**
   * @param fresh ask eBay now even when an answer younger than {@link #FRESH_FOR} is kept
   */
  public EbayView of(EbayAccount account, boolean fresh) {
    Instant now = clock.instant();
    EbayView kept = views.get(account.getSellerId());
    if (!fresh && kept != null && kept.checkedAt().plus(FRESH_FOR).isAfter(now)) {
      return kept;
    }
    EbayView view = ask(account, now);
    views.put(account.getSellerId(), view);
    return view;
  }

  /** Forgets what eBay said of a seller (after a repair, it is asked again). */
  public void forget(long sellerId) {
    views.remove(sellerId);
  }

  private EbayView ask(EbayAccount account, Instant now) {
    if (account.getTokens().isEmpty()) {
      return new EbayView(
          now,
          Map.of(),
          Optional.empty(),
          Optional.empty(),
          Optional.of("No token eBay accepts: the seller must connect again"));
    }
    try {
      String token = tokens.accessToken(account.getSellerId());
      return new EbayView(
          now,
          preferences.userEvents(token),
          Optional.of(preferences.applicationDelivery(token)),
          Optional.of(preferences.notificationsUsage(token, now.minus(Duration.ofHours(24)), now)),
          Optional.empty());
    } catch (EbayApiException | RuntimeException e) {
      return new EbayView(
          now, Map.of(), Optional.empty(), Optional.empty(), Optional.of(e.getMessage()));
    }
  }
}
