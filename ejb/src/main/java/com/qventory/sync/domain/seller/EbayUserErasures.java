package com.qventory.sync.domain.seller;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Irreversible erasure of one eBay user's personal data wherever we hold it (eBay's
 * MARKETPLACE_ACCOUNT_DELETION): a connected seller's account row with its tokens and eBay
 * identifiers, buyer ids in sales, payload copies in the event log, user ids in refusals.
 */
public interface EbayUserErasures {

  /**
   * What one erasure changed, naming no one: kept as the proof that the deletion was handled.
   *
   * @param sellerId our seller whose connection was this eBay user's, if any
   */
  record Erased(
      Optional<Long> sellerId, boolean connectionEnded, int events, int sales, int refusals) {}

  /** One recorded erasure, as the admin console lists it. */
  record Recorded(
      long webhookEventId,
      Instant erasedAt,
      Optional<Long> sellerId,
      boolean connectionEnded,
      int events,
      int sales,
      int refusals) {}

  /** The latest erasures, newest first. */
  List<Recorded> latest(int limit);

  /**
   * Erases everything held about the eBay user known by any of {@code identifiers} (username,
   * immutable user id, eiasToken) and records the erasure against {@code eventId}, whose own
   * payload the caller erases.
   *
   * @param proof what an erased event's payload becomes
   */
  Erased erase(Set<String> identifiers, long eventId, String proof, Instant now);
}
