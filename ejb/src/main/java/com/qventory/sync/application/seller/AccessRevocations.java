package com.qventory.sync.application.seller;

import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.SellerNotification;
import com.qventory.sync.domain.seller.SellerRepository;
import com.qventory.sync.domain.webhook.NotificationApiMessage;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * eBay's AUTHORIZATION_REVOCATION: a seller revoked our application's access on eBay. Their tokens
 * are dead, so they are erased at once; token refresh and reconciliation stop for them (both need
 * tokens) and their connection asks them to connect again, with eBay's reason.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AccessRevocations {

  private static final Logger LOG = Logger.getLogger(AccessRevocations.class.getName());

  @Inject private SellerRepository sellers;

  /**
   * @return the seller whose access was revoked; empty when the user is no connected seller of ours
   */
  public Optional<Long> revoked(NotificationApiMessage revocation, Instant now) {
    Optional<EbayAccount> account =
        revocation
            .dataText("username")
            .flatMap(sellers::findConnectedByEbayUserId)
            .or(() -> revocation.dataText("eiasToken").flatMap(sellers::findConnectedByEiasToken));
    if (account.isEmpty()) {
      return Optional.empty();
    }
    Instant revokedAt = revocation.dataTime("revocationDate").or(revocation::eventDate).orElse(now);
    Optional<String> reason = revocation.dataText("revokeReason");
    account.get().accessRevoked(revokedAt, reason, now);
    long sellerId = account.get().getSellerId();
    sellers.addNotification(
        new SellerNotification(
            sellerId,
            "eBay access revoked"
                + reason.map(r -> " (" + r + ")").orElse("")
                + ": Qventory no longer syncs with eBay. Connect eBay again to resume.",
            null,
            now));
    LOG.warning(
        "[NOTIFICATION-API] Seller "
            + sellerId
            + ": eBay access revoked"
            + reason.map(r -> " (" + r + ")").orElse("")
            + " on "
            + revokedAt
            + "; tokens erased, sync stopped until they connect again");
    return Optional.of(sellerId);
  }
}
