package com.qventory.sync.loadgen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What became of every acknowledged notification, read from the application's database after a
 * burst: the evidence behind "a 200 means durable" (each one settled, each acknowledged sale
 * recorded) and "one effect per notification" (no notification applied twice, whatever was
 * redelivered). The fault tests assert it after killing the server or freezing its database
 * mid-burst.
 *
 * @param unsettled acknowledged notifications with no settled event (processed, stale or duplicate)
 * @param salesMissing acknowledged sales with no sale recorded
 * @param appliedTwice notifications whose effect the event log records more than once
 */
public record Audit(
    int acknowledged,
    List<Receipt> unsettled,
    List<Receipt> salesMissing,
    List<String> appliedTwice) {

  public boolean clean() {
    return unsettled.isEmpty() && salesMissing.isEmpty() && appliedTwice.isEmpty();
  }

  @Override
  public String toString() {
    return acknowledged
        + " acknowledged: "
        + unsettled.size()
        + " not settled "
        + first(unsettled)
        + ", "
        + salesMissing.size()
        + " sales missing "
        + first(salesMissing)
        + ", "
        + appliedTwice.size()
        + " applied twice "
        + first(appliedTwice);
  }

  /** Audits until nothing is left unsettled or {@code timeout} has passed; the last audit. */
  public static Audit awaitSettled(
      Connection db, String itemPrefix, Collection<Receipt> acknowledged, Duration timeout)
      throws SQLException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Audit audit = of(db, itemPrefix, acknowledged);
      boolean settled = audit.unsettled.isEmpty() && audit.salesMissing.isEmpty();
      if (settled || System.nanoTime() > deadline) {
        return audit;
      }
      Thread.sleep(250);
    }
  }

  public static Audit of(Connection db, String itemPrefix, Collection<Receipt> acknowledged)
      throws SQLException {
    Set<String> settled =
        strings(
            db,
            "SELECT ebay_item_id || '|' || (extract(epoch FROM ebay_timestamp) * 1000)::bigint"
                + " || '|' || substring(topic FROM 10) FROM webhook_event"
                + " WHERE ebay_item_id LIKE ? AND status IN ('PROCESSED', 'STALE', 'DUPLICATE')",
            itemPrefix);
    Set<String> sales =
        strings(
            db,
            "SELECT s.transaction_id FROM item_sale s JOIN inventory_item i ON i.id = s.item_id"
                + " WHERE i.ebay_item_id LIKE ?",
            itemPrefix);
    List<String> appliedTwice =
        new ArrayList<>(
            strings(
                db,
                "SELECT ebay_item_id || ' ' || topic || ' at ' || ebay_timestamp || ': '"
                    + " || count(*) || ' effects' FROM webhook_event"
                    + " WHERE ebay_item_id LIKE ? AND status IN ('PROCESSED', 'STALE')"
                    + " GROUP BY ebay_item_id, topic, ebay_timestamp HAVING count(*) > 1",
                itemPrefix));
    List<Receipt> unsettled = new ArrayList<>();
    List<Receipt> salesMissing = new ArrayList<>();
    for (Receipt receipt : acknowledged) {
      if (!settled.contains(receipt.eventKey())) {
        unsettled.add(receipt);
      }
      if (receipt.transactionId() != null && !sales.contains(receipt.transactionId())) {
        salesMissing.add(receipt);
      }
    }
    return new Audit(acknowledged.size(), unsettled, salesMissing, appliedTwice);
  }

  private static Set<String> strings(Connection db, String sql, String itemPrefix)
      throws SQLException {
    Set<String> values = new HashSet<>();
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, itemPrefix + "%");
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
    }
    return values;
  }

  private static String first(List<?> values) {
    return values.isEmpty() ? "" : "(first: " + values.get(0) + ")";
  }
}
