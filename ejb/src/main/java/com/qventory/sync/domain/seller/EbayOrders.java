package com.qventory.sync.domain.seller;

import com.qventory.sync.domain.inventory.EbaySale;
import java.util.List;

/** Port: a seller's orders as eBay states them (the Trading API's GetOrders). */
public interface EbayOrders {

  /** One line of an order: the listing and the purchase (a Trading API Transaction). */
  record OrderLine(String itemId, EbaySale sale) {}

  /**
   * GetOrders by OrderID: the order's lines, when it is this seller's (another seller's order is
   * not in eBay's answer).
   */
  List<OrderLine> orderLines(String accessToken, String orderId) throws EbayApiException;
}
