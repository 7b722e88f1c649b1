package com.qventory.sync.application.seller;

import com.qventory.sync.application.Failures;
import com.qventory.sync.application.webhook.NotificationApiSettings;
import com.qventory.sync.domain.identity.UserAccountRepository;
import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.seller.EbayUserErasures;
import com.qventory.sync.domain.seller.SellerRepository;
import com.qventory.sync.domain.webhook.EbayNotificationApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the admin sees of eBay's JSON Notification API: where eBay pushes, the application's
 * subscriptions as eBay reports them, sellers who revoked our access, and account deletions handled
 * (the proof of each erasure, naming no one).
 */
@Stateless
@RolesAllowed("admin")
public class NotificationApiOverview {

  static final int LIMIT = 50;

  public record RevokedSeller(
      String username, String ebayUserId, Instant revokedAt, Optional<String> reason) {}

  /**
   * @param subscriptions the application's subscriptions as eBay reports them; empty with {@code
   *     problem} set when eBay could not be asked
   */
  public record Overview(
      String endpoint,
      boolean verificationTokenSet,
      List<EbayNotificationApi.Subscription> subscriptions,
      Optional<String> problem,
      List<RevokedSeller> revoked,
      List<EbayUserErasures.Recorded> erasures) {}

  @Inject private NotificationApiSettings settings;

  @Inject private EbayNotificationApi api;

  @Inject private SellerRepository sellers;

  @Inject private UserAccountRepository users;

  @Inject private EbayUserErasures erasures;

  public Overview overview() {
    List<EbayNotificationApi.Subscription> subscriptions = List.of();
    Optional<String> problem = Optional.empty();
    try {
      subscriptions = api.subscriptions(Optional.empty());
    } catch (EbayApiException | RuntimeException e) {
      problem = Optional.of("eBay could not be asked: " + Failures.rootCauseMessage(e));
    }
    List<RevokedSeller> revoked =
        sellers.revokedAccounts(LIMIT).stream().map(this::revokedSeller).toList();
    return new Overview(
        settings.endpoint(),
        settings.verificationToken().isPresent(),
        subscriptions,
        problem,
        revoked,
        erasures.latest(LIMIT));
  }

  private RevokedSeller revokedSeller(EbayAccount account) {
    return new RevokedSeller(
        users.usernameOf(account.getSellerId()).orElse("#" + account.getSellerId()),
        account.getEbayUserId(),
        account.getAccessRevokedAt().orElseThrow(),
        account.getRevokeReason());
  }
}
