package com.qventory.sync.infrastructure.persistence.jpa;

import com.qventory.sync.domain.inventory.ItemSyncEntry;
import com.qventory.sync.domain.inventory.SellerActivity;
import com.qventory.sync.domain.inventory.VariationName;
import com.qventory.sync.domain.inventory.VariationSpecifics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The seller's day in SQL: each read is an index range of one seller's rows (V19 gives sales and
 * changes their seller), aggregated by PostgreSQL.
 */
@ApplicationScoped
public class JpaSellerActivity implements SellerActivity {

  /** When a sale happened: eBay's CreatedDate, else when we recorded it (indexed so, V19). */
  private static final String SOLD_AT = "COALESCE(s.created_date, s.recorded_at)";

  @PersistenceContext(unitName = "qventory")
  private EntityManager entityManager;

  @Override
  public ItemCounts counts(long sellerId) {
    Object[] row =
        (Object[])
            entityManager
                .createNativeQuery(
                    "SELECT"
                        + " count(*) FILTER (WHERE listing_status = 'Active'"
                        + "   AND COALESCE(quantity_available, 0) > 0),"
                        + " count(*) FILTER (WHERE listing_status IN ('Active', 'Completed')"
                        + "   AND COALESCE(quantity_available, 0) = 0),"
                        + " count(*) FILTER (WHERE listing_status IN ('Ended', 'Completed')"
                        + "   AND COALESCE(quantity_available, 0) > 0),"
                        + " count(*) FILTER (WHERE ebay_item_id IS NULL)"
                        + " FROM inventory_item WHERE seller_id = ?1")
                .setParameter(1, sellerId)
                .getSingleResult();
    return new ItemCounts(number(row[0]), number(row[1]), number(row[2]), number(row[3]));
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<CurrencyTotal> salesTotals(long sellerId, Instant from, Instant to) {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT s.price_currency, count(*), COALESCE(sum(s.quantity), 0),"
                    + " COALESCE(sum(s.price_amount * s.quantity), 0),"
                    + " COALESCE(sum((s.price_amount - i.purchase_cost_amount) * s.quantity)"
                    + "   FILTER (WHERE i.purchase_cost_currency = s.price_currency), 0),"
                    + " count(*) FILTER (WHERE i.purchase_cost_amount IS NULL"
                    + "   OR i.purchase_cost_currency IS DISTINCT FROM s.price_currency)"
                    + " FROM item_sale s JOIN inventory_item i ON i.id = s.item_id"
                    + " WHERE s.seller_id = ?1 AND "
                    + SOLD_AT
                    + " >= ?2 AND "
                    + SOLD_AT
                    + " < ?3"
                    + " GROUP BY s.price_currency ORDER BY count(*) DESC, s.price_currency")
            .setParameter(1, sellerId)
            .setParameter(2, utc(from))
            .setParameter(3, utc(to))
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new CurrencyTotal(
                    r[0] == null ? "—" : (String) r[0],
                    number(r[1]),
                    number(r[2]),
                    decimal(r[3]),
                    decimal(r[4]),
                    number(r[5])))
        .toList();
  }

  @Override
  public List<Sale> sales(long sellerId, Instant from, Instant to, int offset, int limit) {
    return sales(sellerId, from, to, Optional.empty(), offset, limit);
  }

  @Override
  public List<Sale> salesAfter(
      long sellerId, Instant from, Instant to, Optional<Sale> after, int limit) {
    return sales(sellerId, from, to, after, 0, limit);
  }

  @SuppressWarnings("unchecked")
  private List<Sale> sales(
      long sellerId, Instant from, Instant to, Optional<Sale> after, int offset, int limit) {
    Query query =
        entityManager
            .createNativeQuery(
                "SELECT s.id, "
                    + SOLD_AT
                    + ", i.id, i.ebay_item_id, i.title,"
                    + " s.variation_sku, s.variation_specifics,"
                    + " s.quantity, s.price_amount, s.price_currency, s.buyer_user_id, s.order_id,"
                    + " s.transaction_id, i.purchase_cost_amount, i.purchase_cost_currency"
                    + " FROM item_sale s JOIN inventory_item i ON i.id = s.item_id"
                    + " WHERE s.seller_id = ?1 AND "
                    + SOLD_AT
                    + " >= ?2 AND "
                    + SOLD_AT
                    + " < ?3"
                    + (after.isPresent() ? " AND (" + SOLD_AT + ", s.id) < (?4, ?5)" : "")
                    + " ORDER BY "
                    + SOLD_AT
                    + " DESC, s.id DESC")
            .setParameter(1, sellerId)
            .setParameter(2, utc(from))
            .setParameter(3, utc(to));
    after.ifPresent(sale -> query.setParameter(4, utc(sale.soldAt())).setParameter(5, sale.id()));
    List<Object[]> rows = query.setFirstResult(offset).setMaxResults(limit).getResultList();
    return rows.stream()
        .map(
            r ->
                new Sale(
                    number(r[0]),
                    instant(r[1]),
                    number(r[2]),
                    (String) r[3],
                    (String) r[4],
                    VariationName.of((String) r[5], VariationSpecifics.parse((String) r[6]))
                        .orElse(null),
                    ((Number) r[7]).intValue(),
                    (BigDecimal) r[8],
                    (String) r[9],
                    (String) r[10],
                    (String) r[11],
                    (String) r[12],
                    (BigDecimal) r[13],
                    (String) r[14]))
        .toList();
  }

  @Override
  public List<Change> latestChanges(long sellerId, int limit) {
    List<ItemSyncEntry> entries =
        entityManager
            .createQuery(
                "SELECT e FROM ItemSyncEntry e WHERE e.sellerId = :seller"
                    + " ORDER BY e.appliedAt DESC, e.id DESC",
                ItemSyncEntry.class)
            .setParameter("seller", sellerId)
            .setMaxResults(limit)
            .getResultList();
    if (entries.isEmpty()) {
      return List.of();
    }
    Map<Long, Object[]> items =
        entityManager
            .createQuery(
                "SELECT i.id, i.title, i.ebayItemId FROM InventoryItem i WHERE i.id IN :ids",
                Object[].class)
            .setParameter("ids", entries.stream().map(ItemSyncEntry::getItemId).distinct().toList())
            .getResultList()
            .stream()
            .collect(Collectors.toMap(r -> (Long) r[0], Function.identity()));
    return entries.stream()
        .map(
            e -> {
              Object[] item = items.getOrDefault(e.getItemId(), new Object[3]);
              return new Change(
                  e.getId(),
                  e.getAppliedAt(),
                  e.getItemId(),
                  (String) item[1],
                  (String) item[2],
                  e.getEventName(),
                  e.getSource(),
                  List.copyOf(e.getChanges()));
            })
        .toList();
  }

  @Override
  public List<LowStock> lowStock(long sellerId, int threshold, int limit) {
    return entityManager
        .createQuery(
            "SELECT i.id, i.title, i.sku, i.quantityAvailable FROM InventoryItem i"
                + " WHERE i.sellerId = :seller AND i.listingStatus = 'Active'"
                + " AND i.quantityAvailable <= :threshold"
                + " ORDER BY i.quantityAvailable, i.title, i.id",
            Object[].class)
        .setParameter("seller", sellerId)
        .setParameter("threshold", threshold)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(r -> new LowStock((Long) r[0], (String) r[1], (String) r[2], (Integer) r[3]))
        .toList();
  }

  @Override
  @SuppressWarnings("unchecked")
  public SellerPreferences preferences(long sellerId) {
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT time_zone, low_stock_threshold FROM seller_preference"
                    + " WHERE seller_id = ?1")
            .setParameter(1, sellerId)
            .getResultList();
    return rows.isEmpty()
        ? SellerPreferences.defaults()
        : new SellerPreferences(
            Optional.ofNullable((String) rows.get(0)[0]), ((Number) rows.get(0)[1]).intValue());
  }

  @Override
  public void savePreferences(long sellerId, SellerPreferences preferences) {
    entityManager
        .createNativeQuery(
            "INSERT INTO seller_preference (seller_id, time_zone, low_stock_threshold)"
                + " VALUES (?1, CAST(?2 AS VARCHAR), ?3) ON CONFLICT (seller_id) DO UPDATE"
                + " SET time_zone = EXCLUDED.time_zone,"
                + " low_stock_threshold = EXCLUDED.low_stock_threshold")
        .setParameter(1, sellerId)
        .setParameter(2, preferences.timeZone().orElse(null))
        .setParameter(3, preferences.lowStockThreshold())
        .executeUpdate();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static BigDecimal decimal(Object value) {
    return value == null ? BigDecimal.ZERO : (BigDecimal) value;
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    return (Instant) value;
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
