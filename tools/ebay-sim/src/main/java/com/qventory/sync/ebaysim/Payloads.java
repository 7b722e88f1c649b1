package com.qventory.sync.ebaysim;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * eBay-shaped XML: the {@code Item} element that GetItem and the notifications share, the
 * notification envelopes (modern and the legacy ItemSuspended one), and Trading API responses.
 */
public final class Payloads {

  static final String EBL = "urn:ebay:apis:eBLBaseComponents";

  private Payloads() {}

  /** The Item of GetItem and listing notifications: every variation. */
  static String item(SimItem item) {
    return item(item, true, v -> true);
  }

  /**
   * The Item of GetSellerList and GetSellerEvents: strict eBay lists only the variations that had
   * activity (sold or revised), none when none had.
   */
  static String polledItem(SimItem item, boolean strict) {
    return item(item, true, v -> !strict || item.variationsWithActivity.contains(v.key()));
  }

  /**
   * The Item of a transaction notification: for a multi-variation listing, eBay sends the listing's
   * totals without its variation list (and without the listing's SKU); the transaction names the
   * variation bought.
   */
  static String transactionItem(SimItem item) {
    return item(item, false, v -> false);
  }

  private static String item(SimItem item, boolean withSku, Predicate<SimItem.Variation> shown) {
    List<SimItem.Variation> variations = item.variations.stream().filter(shown).toList();
    boolean variationListing = !item.variations.isEmpty();
    StringBuilder xml = new StringBuilder("<Item>");
    xml.append(Xml.element("ItemID", item.itemId))
        .append(Xml.element("Title", item.title))
        .append(Xml.element("SKU", variationListing && !withSku ? null : item.sku))
        .append(Xml.element("Quantity", item.quantity))
        .append(Xml.element("ListingType", item.listingType))
        .append(Xml.element("ListingDuration", "GTC"))
        .append(Xml.element("Site", "US"))
        .append(Xml.element("Currency", item.currency))
        .append(Xml.element("RelistParentID", item.relistParentId))
        .append(Xml.money("StartPrice", item.price, item.currency))
        .append("<ListingDetails>")
        .append(Xml.element("StartTime", Xml.time(item.startTime)))
        .append(Xml.element("EndTime", Xml.time(item.endTime)))
        .append(Xml.element("ViewItemURL", "https://www.ebay.com/itm/" + item.itemId))
        .append(Xml.element("RelistedItemID", item.relistedItemId))
        .append("</ListingDetails>")
        .append("<SellingStatus>")
        .append(Xml.money("CurrentPrice", item.price, item.currency))
        .append(Xml.element("QuantitySold", item.quantitySold))
        .append(Xml.element("ListingStatus", item.status))
        .append(Xml.element("BidCount", 0))
        .append("</SellingStatus>")
        .append("<PrimaryCategory>")
        .append(Xml.element("CategoryID", item.categoryId))
        .append(Xml.element("CategoryName", item.categoryName))
        .append("</PrimaryCategory>");
    if (!item.pictureUrls.isEmpty()) {
      xml.append("<PictureDetails>").append(Xml.element("GalleryURL", item.pictureUrls.get(0)));
      item.pictureUrls.forEach(url -> xml.append(Xml.element("PictureURL", url)));
      xml.append("</PictureDetails>");
    }
    xml.append(Xml.element("ConditionID", item.conditionId))
        .append(Xml.element("ConditionDisplayName", item.conditionName))
        .append("<Seller>")
        .append(Xml.element("UserID", item.sellerUserId))
        .append("</Seller>");
    if (!variations.isEmpty()) {
      xml.append("<Variations>");
      for (SimItem.Variation v : variations) {
        xml.append("<Variation>")
            .append(Xml.element("SKU", v.sku()))
            .append(Xml.money("StartPrice", v.price(), item.currency))
            .append(Xml.element("Quantity", v.quantity()))
            .append("<SellingStatus>")
            .append(Xml.element("QuantitySold", v.quantitySold()))
            .append("</SellingStatus>")
            .append(specifics(v.specifics()))
            .append("</Variation>");
      }
      xml.append("</Variations>");
    }
    return xml.append("</Item>").toString();
  }

  private static String specifics(Map<String, String> specifics) {
    if (specifics.isEmpty()) {
      return "";
    }
    StringBuilder xml = new StringBuilder("<VariationSpecifics>");
    specifics.forEach(
        (name, value) ->
            xml.append("<NameValueList>")
                .append(Xml.element("Name", name))
                .append(Xml.element("Value", value))
                .append("</NameValueList>"));
    return xml.append("</VariationSpecifics>").toString();
  }

  static String transactions(SimItem item, List<SimItem.Transaction> transactions) {
    StringBuilder xml = new StringBuilder("<TransactionArray>");
    for (SimItem.Transaction t : transactions) {
      xml.append("<Transaction>")
          .append(Xml.element("TransactionID", t.transactionId()))
          .append(Xml.element("QuantityPurchased", t.quantity()))
          .append(Xml.money("TransactionPrice", t.price(), item.currency))
          .append(Xml.element("CreatedDate", Xml.time(t.created())))
          .append("<Buyer>")
          .append(Xml.element("UserID", t.buyer()))
          .append("</Buyer>")
          .append("<Status><CheckoutStatus>CheckoutComplete</CheckoutStatus>")
          .append("<CompleteStatus>Complete</CompleteStatus>")
          .append(Xml.element("LastTimeModified", Xml.time(t.created())))
          .append("</Status>")
          .append(Xml.element("OrderLineItemID", item.itemId + "-" + t.transactionId()))
          // a single-line order's id, as eBay's legacy order ids are
          .append("<ContainingOrder>")
          .append(Xml.element("OrderID", item.itemId + "-" + t.transactionId()))
          .append("</ContainingOrder>");
      if (t.variation() != null) {
        xml.append("<Variation>")
            .append(Xml.element("SKU", t.variation().sku()))
            .append(specifics(t.variation().specifics()))
            .append(Xml.element("VariationTitle", t.variation().title(item.title)))
            .append("</Variation>");
      }
      xml.append("</Transaction>");
    }
    return xml.append("</TransactionArray>").toString();
  }

  /**
   * A modern Platform Notification, signed over {@code timestamp} with {@code signature}: the SOAP
   * envelope eBay sends, around {@code body} (the Item and any TransactionArray).
   *
   * @param root the body's response element: {@code GetItemResponse} or {@code
   *     GetItemTransactionsResponse}
   * @param eiasToken the recipient's EIASToken, or null
   * @param externalUserData what the application asked eBay to echo, or null
   */
  public static String notification(
      String eventName,
      String root,
      String timestamp,
      String signature,
      String recipientUserId,
      String eiasToken,
      String externalUserData,
      String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
        + "<soapenv:Header><ebl:RequesterCredentials soapenv:mustUnderstand=\"0\" xmlns:ebl=\""
        + EBL
        + "\"><ebl:NotificationSignature>"
        + signature
        + "</ebl:NotificationSignature></ebl:RequesterCredentials></soapenv:Header>"
        + "<soapenv:Body><"
        + root
        + " xmlns=\""
        + EBL
        + "\">"
        + Xml.element("Timestamp", timestamp)
        + "<Ack>Success</Ack><Version>1423</Version><Build>E1423_SIM</Build>"
        + Xml.element("NotificationEventName", eventName)
        + Xml.element("RecipientUserID", recipientUserId)
        + Xml.element("EIASToken", eiasToken)
        + Xml.element("ExternalUserData", externalUserData)
        + body
        + "</"
        + root
        + "></soapenv:Body></soapenv:Envelope>";
  }

  /** eBay's legacy ItemSuspended format (2001 schema), signed with a 32-hex signature. */
  static String legacySuspended(String itemId, String ebayTime, String hexSignature) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<SOAP-ENV:Envelope xmlns:SOAP-ENV=\"http://schemas.xmlsoap.org/soap/envelope/\">"
        + "<SOAP-ENV:Header><ebay:NotificationSignature xmlns:ebay=\"http://developer.ebay.com/2001/schema\">"
        + hexSignature
        + "</ebay:NotificationSignature></SOAP-ENV:Header><SOAP-ENV:Body>"
        + "<Notification xmlns=\"http://developer.ebay.com/2001/schema\"><Event><EventTime>"
        + Xml.element("EBayTime", ebayTime)
        + "</EventTime><ItemSuspended>"
        + Xml.element("ItemId", itemId)
        + "</ItemSuspended></Event></Notification></SOAP-ENV:Body></SOAP-ENV:Envelope>";
  }

  /** A Trading API response document with {@code Ack} and eBay's envelope fields. */
  static String response(String call, Instant now, String ack, String content) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><"
        + call
        + "Response xmlns=\""
        + EBL
        + "\">"
        + Xml.element("Timestamp", Xml.time(now))
        + Xml.element("Ack", ack)
        + "<Version>1423</Version><Build>E1423_SIM</Build>"
        + content
        + "</"
        + call
        + "Response>";
  }

  /** eBay's own trouble (retry later) or the request's (fix it first). */
  private static String classification(String code) {
    return switch (code) {
      case "10007", "518" -> "SystemError";
      default -> "RequestError";
    };
  }

  static String error(String call, Instant now, String code, String message) {
    return response(
        call,
        now,
        "Failure",
        "<Errors>"
            + Xml.element("ShortMessage", message)
            + Xml.element("LongMessage", message)
            + Xml.element("ErrorCode", code)
            + "<SeverityCode>Error</SeverityCode>"
            + Xml.element("ErrorClassification", classification(code))
            + "</Errors>");
  }
}
