package com.qventory.sync.loadgen;

import com.qventory.sync.ebaysim.Keyset;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

  private static final DateTimeFormatter EBAY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

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
    // eBay's Timestamp has millisecond precision; the receipt keeps exactly what was sent.
    Instant timestamp = unique(stamped.truncatedTo(ChronoUnit.MILLIS));
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
   * The first millisecond from {@code at} on that no other notification of this run carries. The
   * signature covers only the Timestamp, so the server treats a signature that comes again with
   * another body as possibly replayed and confirms that notification with eBay (GetItem) instead of
   * believing it; a burst of distinct notifications measures the ordinary path, so each gets its
   * own Timestamp (at most a few milliseconds late, in a flat-out burst). Remembered for longer
   * than the server's window.
   */
  private Instant unique(Instant at) {
    long millis = at.toEpochMilli();
    while (!stamps.add(millis)) {
      millis++;
    }
    stampOrder.addLast(millis);
    long forgetBefore = millis - STAMP_MEMORY.toMillis();
    while (!stampOrder.isEmpty() && stampOrder.peekFirst() < forgetBefore) {
      stamps.remove(stampOrder.removeFirst());
    }
    return Instant.ofEpochMilli(millis);
  }

  private static final Duration STAMP_MEMORY = Duration.ofMinutes(15);

  private final Set<Long> stamps = new HashSet<>();

  private final ArrayDeque<Long> stampOrder = new ArrayDeque<>();

  private String body(
      String event,
      String recipient,
      String itemId,
      int listing,
      Instant at,
      String transactionId) {
    String timestamp = EBAY_TIME.format(at);
    boolean sale = transactionId != null;
    String root = sale ? "GetItemTransactionsResponse" : "GetItemResponse";
    int quantity = 1_000;
    String price = (10 + listing % 90) + "." + (random.nextInt(90) + 10);
    StringBuilder xml =
        new StringBuilder(2_048)
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
            .append(
                "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">")
            .append("<soapenv:Header><ebl:RequesterCredentials soapenv:mustUnderstand=\"0\"")
            .append(" xmlns:ebl=\"urn:ebay:apis:eBLBaseComponents\"><ebl:NotificationSignature>")
            .append(keyset.sign(timestamp))
            .append("</ebl:NotificationSignature></ebl:RequesterCredentials></soapenv:Header>")
            .append("<soapenv:Body><")
            .append(root)
            .append(" xmlns=\"urn:ebay:apis:eBLBaseComponents\"><Timestamp>")
            .append(timestamp)
            .append("</Timestamp><Ack>Success</Ack><Version>1423</Version>")
            .append("<NotificationEventName>")
            .append(event)
            .append("</NotificationEventName><RecipientUserID>")
            .append(recipient)
            .append("</RecipientUserID><Item><ItemID>")
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
      xml.append("<TransactionArray><Transaction><TransactionID>")
          .append(transactionId)
          .append("</TransactionID><QuantityPurchased>1</QuantityPurchased>")
          .append("<TransactionPrice currencyID=\"USD\">")
          .append(price)
          .append("</TransactionPrice><CreatedDate>")
          .append(timestamp)
          .append("</CreatedDate></Transaction></TransactionArray>");
    }
    return xml.append("</").append(root).append("></soapenv:Body></soapenv:Envelope>").toString();
  }
}
