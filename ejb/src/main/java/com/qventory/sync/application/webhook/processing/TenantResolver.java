package com.qventory.sync.application.webhook.processing;

import com.qventory.sync.domain.inventory.InventoryRepository;
import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.SellerRepository;
import com.qventory.sync.domain.webhook.PlatformNotification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Finds the seller a notification is for: its RecipientUserID, else its EIASToken, else its
 * ExternalUserData, each matched against connected eBay accounts. Only eBay's legacy ItemSuspended
 * names none of them: it belongs to the seller who owns the listing, if we know the listing. Any
 * other notification that names no one is for no one — else a body without a recipient could change
 * whichever seller's listing its ItemID names.
 */
@ApplicationScoped
public class TenantResolver {

  @Inject private SellerRepository sellers;

  @Inject private InventoryRepository inventory;

  public Optional<Long> sellerOf(PlatformNotification notification) {
    Optional<EbayAccount> account =
        notification
            .recipientUserId()
            .flatMap(sellers::findConnectedByEbayUserId)
            .or(() -> notification.eiasToken().flatMap(sellers::findConnectedByEiasToken))
            .or(
                () ->
                    notification
                        .externalUserData()
                        .flatMap(sellers::findConnectedByExternalUserData));
    if (account.isPresent()) {
      return account.map(EbayAccount::getSellerId);
    }
    return isLegacySuspension(notification)
        ? notification
            .ebayItemId()
            .flatMap(inventory::holderOf)
            .map(InventoryRepository.Holder::sellerId)
        : Optional.empty();
  }

  /** The one notification that legitimately names no eBay user. */
  static boolean isLegacySuspension(PlatformNotification notification) {
    return notification.format() == PlatformNotification.Format.LEGACY
        && LEGACY_SUSPENSION.equals(notification.eventName())
        && notification.recipientUserId().isEmpty()
        && notification.eiasToken().isEmpty()
        && notification.externalUserData().isEmpty();
  }

  private static final String LEGACY_SUSPENSION = "ItemSuspended";
}
