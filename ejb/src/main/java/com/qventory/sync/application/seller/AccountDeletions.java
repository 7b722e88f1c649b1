package com.qventory.sync.application.seller;

import com.qventory.sync.domain.seller.EbayUserErasures;
import com.qventory.sync.domain.seller.SellerNotification;
import com.qventory.sync.domain.seller.SellerRepository;
import com.qventory.sync.domain.webhook.NotificationApiMessage;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * eBay's MARKETPLACE_ACCOUNT_DELETION: an eBay user deleted their account, and every application
 * holding their data must erase it for good. Erases it everywhere (see {@link EbayUserErasures});
 * if the user was a seller's connected account, the connection ends and the seller is told — their
 * inventory stays, without the eBay identity.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AccountDeletions {

  private static final Logger LOG = Logger.getLogger(AccountDeletions.class.getName());

  @Inject private EbayUserErasures erasures;

  @Inject private SellerRepository sellers;

  /**
   * @param eventId the event of the deletion notice, whose own payload the caller erases
   * @return what was erased
   * @throws IllegalArgumentException when the notice names no user
   */
  public EbayUserErasures.Erased erase(NotificationApiMessage deletion, long eventId, Instant now) {
    Set<String> identifiers = new LinkedHashSet<>();
    deletion.dataText("username").ifPresent(identifiers::add);
    deletion.dataText("userId").ifPresent(identifiers::add);
    deletion.dataText("eiasToken").ifPresent(identifiers::add);
    if (identifiers.isEmpty()) {
      throw new IllegalArgumentException(
          "The account deletion names no user (no username, userId or eiasToken)");
    }
    EbayUserErasures.Erased erased =
        erasures.erase(identifiers, eventId, erasedPayload(eventId, now), now);
    if (erased.connectionEnded()) {
      sellers.addNotification(
          new SellerNotification(
              erased.sellerId().orElseThrow(),
              "Your eBay account was deleted on eBay: its eBay identity and tokens are erased"
                  + " from Qventory and sync has stopped. Your inventory stays; connect another"
                  + " eBay account to sync again.",
              null,
              now));
    }
    LOG.info(
        "[PRIVACY] Event "
            + eventId
            + ": an eBay account deletion erased "
            + erased.events()
            + " event payloads, "
            + erased.sales()
            + " buyer ids in sales, "
            + erased.refusals()
            + " user ids in refusals"
            + (erased.connectionEnded()
                ? " and ended seller " + erased.sellerId().orElseThrow() + "'s eBay connection"
                : ""));
    return erased;
  }

  /** What an erased event's payload becomes: a pointer to the erasure, naming no one. */
  static String erasedPayload(long deletionEventId, Instant now) {
    return "[erased "
        + now
        + ": personal data of an eBay user whose account was deleted (event "
        + deletionEventId
        + ")]";
  }
}
