package com.qventory.sync.infrastructure.persistence.jpa;

import com.qventory.sync.domain.seller.EbayUserErasures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Erasure in SQL: each table that can hold an eBay user's data is updated by an indexed statement
 * (recipient and buyer ids, the seller's events), never by reading every payload. Runs in the
 * caller's transaction, so the erasure and its record commit together with the event.
 */
@ApplicationScoped
public class JpaEbayUserErasures implements EbayUserErasures {

  @PersistenceContext(unitName = "qventory")
  private EntityManager entityManager;

  @Override
  public List<Recorded> latest(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT webhook_event_id, erased_at, seller_id, connection_ended, events_erased,"
                    + " sales_erased, refusals_erased FROM ebay_user_erasure"
                    + " ORDER BY erased_at DESC, id DESC")
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new Recorded(
                    ((Number) row[0]).longValue(),
                    instant(row[1]),
                    Optional.ofNullable((Number) row[2]).map(Number::longValue),
                    (Boolean) row[3],
                    ((Number) row[4]).intValue(),
                    ((Number) row[5]).intValue(),
                    ((Number) row[6]).intValue()))
        .toList();
  }

  private static Instant instant(Object value) {
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    return ((Timestamp) value).toInstant();
  }

  @Override
  public Erased erase(Set<String> identifiers, long eventId, String proof, Instant now) {
    List<String> ids = List.copyOf(identifiers);
    @SuppressWarnings("unchecked")
    List<Number> sellers =
        entityManager
            .createNativeQuery(
                "SELECT seller_id FROM ebay_account"
                    + " WHERE ebay_user_id IN (:ids) OR eias_token IN (:ids) FOR UPDATE")
            .setParameter("ids", ids)
            .getResultList();
    List<Long> sellerIds = sellers.stream().map(Number::longValue).toList();
    // Events first: a buyer's events are found through the sales the next statement erases the
    // buyer from — every event of an item they bought whose payload names them (a purchase is told
    // by several notifications: FixedPriceTransaction, AuctionCheckoutComplete…).
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < ids.size(); i++) {
      names
          .append(i == 0 ? "" : " OR ")
          .append("strpos(raw_payload, :id")
          .append(i)
          .append(") > 0");
    }
    var update =
        entityManager.createNativeQuery(
            "UPDATE webhook_event SET raw_payload = :proof, payload_sha256 = NULL,"
                + " recipient_user_id = NULL, last_error = NULL, erased_at = :now"
                + " WHERE id <> :event AND erased_at IS NULL AND (recipient_user_id IN (:ids)"
                + " OR seller_id IN (:sellers)"
                + " OR (ebay_item_id IN (SELECT i.ebay_item_id FROM item_sale s"
                + " JOIN inventory_item i ON i.id = s.item_id WHERE s.buyer_user_id IN (:ids))"
                + " AND ("
                + names
                + ")))");
    for (int i = 0; i < ids.size(); i++) {
      update.setParameter("id" + i, ids.get(i));
    }
    int events =
        update
            .setParameter("proof", proof)
            .setParameter("now", now)
            .setParameter("event", eventId)
            .setParameter("ids", ids)
            .setParameter("sellers", sellerIds.isEmpty() ? List.of(-1L) : sellerIds)
            .executeUpdate();
    // An attempt's error may quote the payload: the erased events' attempts keep no error.
    entityManager
        .createNativeQuery(
            "UPDATE processing_attempt a SET error = NULL FROM webhook_event e"
                + " WHERE a.event_id = e.id AND e.erased_at IS NOT NULL AND a.error IS NOT NULL")
        .executeUpdate();
    int sales =
        entityManager
            .createNativeQuery(
                "UPDATE item_sale SET buyer_user_id = NULL WHERE buyer_user_id IN (:ids)")
            .setParameter("ids", ids)
            .executeUpdate();
    int refusals =
        entityManager
            .createNativeQuery(
                "UPDATE webhook_rejection SET recipient_user_id = NULL"
                    + " WHERE recipient_user_id IN (:ids)")
            .setParameter("ids", ids)
            .executeUpdate();
    int accounts =
        entityManager
            .createNativeQuery(
                "DELETE FROM ebay_account WHERE ebay_user_id IN (:ids) OR eias_token IN (:ids)")
            .setParameter("ids", ids)
            .executeUpdate();
    Optional<Long> seller = sellerIds.stream().findFirst();
    entityManager
        .createNativeQuery(
            "INSERT INTO ebay_user_erasure (id, webhook_event_id, erased_at, seller_id,"
                + " connection_ended, events_erased, sales_erased, refusals_erased)"
                + " VALUES (nextval('ebay_user_erasure_seq'), ?, ?, NULLIF(?, -1), ?, ?, ?, ?)")
        .setParameter(1, eventId)
        .setParameter(2, now)
        .setParameter(3, seller.orElse(-1L))
        .setParameter(4, accounts > 0)
        .setParameter(5, events)
        .setParameter(6, sales)
        .setParameter(7, refusals)
        .executeUpdate();
    return new Erased(seller, accounts > 0, events, sales, refusals);
  }
}
