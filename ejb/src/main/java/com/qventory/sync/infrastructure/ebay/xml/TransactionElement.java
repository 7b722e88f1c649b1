package com.qventory.sync.infrastructure.ebay.xml;

import static com.qventory.sync.infrastructure.ebay.xml.EbayXml.integer;
import static com.qventory.sync.infrastructure.ebay.xml.EbayXml.nonEmpty;

import com.qventory.sync.domain.inventory.EbaySale;
import com.qventory.sync.domain.inventory.Money;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * eBay's {@code Transaction} element read into an {@link EbaySale} — one reader for the
 * transactions of a Platform Notification ({@code TransactionArray/Transaction}) and of GetOrders
 * ({@code Order/TransactionArray/Transaction}), which share its shape. Lenient as every reader of
 * eBay's XML is: a field that cannot be read is absent, and a transaction without a TransactionID
 * or a positive QuantityPurchased is no sale.
 */
public final class TransactionElement {

  private String transactionId;
  private String quantity;
  private Optional<Money> price = Optional.empty();
  private String createdDate;
  private String orderLineItemId;
  private String orderId;
  private String buyerUserId;
  private String itemId;
  private String variationSku;
  private String variationTitle;
  private final SpecificsFields specifics = new SpecificsFields();

  /**
   * An element started inside the Transaction.
   *
   * @param at its path below Transaction: {@code TransactionID}, {@code Variation/SKU}
   */
  public void start(String at, ItemElement.Content content) throws XMLStreamException {
    switch (at) {
      case "TransactionID" -> transactionId = content.text();
      case "QuantityPurchased" -> quantity = content.text();
      case "TransactionPrice" -> price = content.money();
      case "CreatedDate" -> createdDate = content.text();
      case "OrderLineItemID" -> orderLineItemId = content.text();
      case "ContainingOrder/OrderID" -> orderId = content.text();
      case "Buyer/UserID" -> buyerUserId = content.text();
      case "Item/ItemID" -> itemId = content.text();
      case "Variation/SKU" -> variationSku = content.text();
      case "Variation/VariationTitle" -> variationTitle = content.text();
      case "Variation/VariationSpecifics/NameValueList/Name",
          "Variation/VariationSpecifics/NameValueList/Value" ->
          specifics.take(at.substring("Variation/VariationSpecifics/".length()), content.text());
      default -> {
        // an element we do not use
      }
    }
  }

  /** The listing it sold ({@code Transaction/Item/ItemID}), when the transaction names it. */
  public Optional<String> itemId() {
    return nonEmpty(itemId);
  }

  /**
   * The sale, or empty when it is none.
   *
   * @param order the order it belongs to when the transaction does not say ({@code ContainingOrder}
   *     is absent inside a GetOrders Order)
   */
  public Optional<EbaySale> sale(Optional<String> order) {
    Optional<Integer> purchased = integer(quantity).filter(q -> q > 0);
    if (nonEmpty(transactionId).isEmpty() || purchased.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new EbaySale(
            transactionId,
            purchased.get(),
            price,
            nonEmpty(createdDate).flatMap(EbayXml::instant),
            nonEmpty(orderLineItemId),
            nonEmpty(orderId).or(() -> order),
            nonEmpty(buyerUserId),
            nonEmpty(variationSku),
            specifics.build(),
            nonEmpty(variationTitle)));
  }
}
