package com.qventory.sync.loadgen;

import com.qventory.sync.ebaysim.Keyset;
import com.qventory.sync.ebaysim.Payloads;
import com.qventory.sync.ebaysim.UniqueTimestamps;
import com.qventory.sync.ebaysim.Xml;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A realistic stream of eBay Platform Notifications over {@code sellers × itemsPerSeller} listings:
 * each listing's first notification is ItemListed, then mostly ItemRevised and
 * FixedPriceTransaction, a few ItemClosed; about 1 % are delivered twice and about 2 % arrive out
 * of order (stamped before the listing's previous notification), as eBay does. Signed with the
 * keyset the server expects.
 */
final class Workload {

  /** One notification: its event, its listing, its eBay Timestamp, its SOAP body. */
  record Notification(
      String eventName, String itemId, Instant timestamp, String transactionId, String body) {

    /** What the notification asks for, without its body: enough to audit its effect. */
    Receipt receipt() {
      return new Receipt(eventName, itemId, timestamp, transactionId);
    }
  }

  private final Keyset keyset;
  private final int sellers;
  private final int itemsPerSeller;
  private final long itemBase;
  private final SplittableRandom random;
  private final boolean[] listed;
  private final int[] sold;
  private final List<Notification> recent = new ArrayList<>();
  private long transactions;

  Workload(Keyset keyset, int sellers, int itemsPerSeller, long itemBase, long seed) {
    this.keyset = keyset;
    this.sellers = sellers;
    this.itemsPerSeller = itemsPerSeller;
    this.itemBase = itemBase;
    this.random = new SplittableRandom(seed);
    this.listed = new boolean[sellers * itemsPerSeller];
    this.sold = new int[sellers * itemsPerSeller];
  }

  /** The eBay user id of seller {@code index} (1-based), as {@link Sellers} connects them. */
  static String ebayUser(int index) {
    return "loadgen_ebay_" + index;
  }

  /** The item ids of this workload begin with this prefix. */
  String itemPrefix() {
    return Long.toString(itemBase / 1_000_000L);
  }

  /** The next notification, stamped {@code at}. */
  Notification next(Instant at) {
    if (!recent.isEmpty() && random.nextInt(100) == 0) {
      return recent.get(random.nextInt(recent.size())); // eBay delivers it a second time
    }
    int listing = random.nextInt(listed.length);
    int seller = listing / itemsPerSeller + 1;
    String itemId = Long.toString(itemBase + listing);
    Instant stamped = random.nextInt(50) == 0 ? at.minusSeconds(5) : at; // out of order
    String event;
    if (!listed[listing]) {
      listed[listing] = true;
      event = "ItemListed";
    } else {
      int roll = random.nextInt(100);
      event = roll < 70 ? "ItemRevised" : roll < 95 ? "FixedPriceTransaction" : "ItemClosed";
    }
    String transactionId = null;
    if (event.equals("FixedPriceTransaction")) {
      sold[listing]++;
      transactionId = Long.toString(itemBase + (++transactions));
    }
    // eBay's Timestamp has millisecond precision; the receipt keeps exactly what was sent. Each
    // notification of the run gets its own (a flat-out burst's are at most a few ms late).
    Instant timestamp = TIMESTAMPS.next(stamped);
    Notification notification =
        new Notification(
            event,
            itemId,
            timestamp,
            transactionId,
            body(event, ebayUser(seller), itemId, listing, timestamp, transactionId));
    if (recent.size() < 1_000) {
      recent.add(notification);
    } else {
      recent.set(random.nextInt(recent.size()), notification);
    }
    return notification;
  }

  /**
   * One for every burst of this process: a burst stamps some notifications five seconds late, which
   * reaches into the previous burst's last seconds when they run back to back.
   */
  private static final UniqueTimestamps TIMESTAMPS = new UniqueTimestamps();

  private String body(
      String event,
      String recipient,
      String itemId,
      int listing,
      Instant at,
      String transactionId) {
    String timestamp = Xml.time(at);
    boolean sale = transactionId != null;
    int quantity = 1_000;
    String price = (10 + listing % 90) + "." + (random.nextInt(90) + 10);
    StringBuilder item =
        new StringBuilder(1_536)
            .append("<Item><ItemID>")
            .append(itemId)
            .append("</ItemID><Title>Load test listing ")
            .append(itemId)
            .append("</Title><SKU>LG-")
            .append(itemId)
            .append("</SKU><Quantity>")
            .append(quantity)
            .append("</Quantity><ListingType>FixedPriceItem</ListingType><Currency>USD</Currency>")
            .append("<ListingDetails><StartTime>2026-11-01T00:00:00.000Z</StartTime>")
            .append("<ViewItemURL>https://www.ebay.com/itm/")
            .append(itemId)
            .append("</ViewItemURL></ListingDetails><SellingStatus>")
            .append("<CurrentPrice currencyID=\"USD\">")
            .append(price)
            .append("</CurrentPrice><QuantitySold>")
            .append(Math.min(quantity, sold[listing]))
            .append("</QuantitySold><ListingStatus>")
            .append(event.equals("ItemClosed") ? "Ended" : "Active")
            .append("</ListingStatus></SellingStatus></Item>");
    if (sale) {
      item.append("<TransactionArray><Transaction><TransactionID>")
          .append(transactionId)
          .append("</TransactionID><QuantityPurchased>1</QuantityPurchased>")
          .append("<TransactionPrice currencyID=\"USD\">")
          .append(price)
          .append("</TransactionPrice><CreatedDate>")
          .append(timestamp)
          .append("</CreatedDate></Transaction></TransactionArray>");
    }
    return Payloads.notification(
        event,
        sale ? "GetItemTransactionsResponse" : "GetItemResponse",
        timestamp,
        keyset.sign(timestamp),
        recipient,
        null,
        null,
        item.toString());
  }
}
