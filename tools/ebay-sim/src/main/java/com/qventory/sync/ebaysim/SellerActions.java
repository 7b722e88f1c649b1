package com.qventory.sync.ebaysim;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * What a seller does on eBay — list, revise, relist, sell, end, suspend, extend — and the
 * notifications each change makes eBay push.
 */
final class SellerActions {

  private final SimState state;
  private final NotificationPusher pusher;
  private final NotificationApi notificationApi;

  SellerActions(SimState state, NotificationPusher pusher, NotificationApi notificationApi) {
    this.state = state;
    this.pusher = pusher;
    this.notificationApi = notificationApi;
  }

  /** A new listing; unset fields get plausible values. */
  SimItem list(
      String sellerUserId,
      String title,
      String sku,
      Integer quantity,
      BigDecimal price,
      String currency,
      List<SimItem.Variation> variations) {
    synchronized (state.lock) {
      state.seller(sellerUserId);
      SimItem item = new SimItem(state.newItemId(), sellerUserId);
      item.title = title;
      item.sku = sku;
      item.quantity = quantity == null ? 0 : quantity;
      item.price = price;
      item.currency = currency;
      item.variations.addAll(variations);
      if (!variations.isEmpty()) {
        item.quantity = variations.stream().mapToInt(SimItem.Variation::quantity).sum();
      }
      Catalog.fill(item, state.pictureBase);
      item.startTime = state.now();
      item.endTime = item.startTime.plus(Duration.ofDays(30));
      item.lastModified = item.startTime;
      state.items.put(item.itemId, item);
      pusher.publish("ItemListed", item, List.of());
      return item;
    }
  }

  /**
   * Revises the listing; in a multi-variation listing {@code variationQuantities} (by SKU) sets
   * variations' quantities, and a listing-level quantity is refused as on eBay.
   */
  SimItem revise(
      String itemId,
      String title,
      String sku,
      Integer quantity,
      BigDecimal price,
      Map<String, Integer> variationQuantities) {
    synchronized (state.lock) {
      SimItem item = active(itemId);
      if (!item.variations.isEmpty() && quantity != null) {
        throw new IllegalArgumentException(
            "Item " + itemId + " has variations: revise their quantities, not the listing's");
      }
      for (Map.Entry<String, Integer> revised : variationQuantities.entrySet()) {
        int index = variationIndex(item, revised.getKey());
        SimItem.Variation v = item.variations.get(index);
        if (revised.getValue() < v.quantitySold()) {
          throw new IllegalArgumentException(
              "Variation " + revised.getKey() + " has sold " + v.quantitySold());
        }
        item.variations.set(
            index,
            new SimItem.Variation(
                v.sku(), v.specifics(), revised.getValue(), v.quantitySold(), v.price()));
        item.variationsWithActivity.add(v.key());
      }
      if (!variationQuantities.isEmpty()) {
        item.quantity = item.variations.stream().mapToInt(SimItem.Variation::quantity).sum();
      }
      if (title != null) {
        item.title = title;
      }
      if (sku != null) {
        item.sku = sku;
      }
      if (quantity != null) {
        item.quantity = quantity;
      }
      if (price != null) {
        item.price = price;
      }
      item.lastModified = state.now();
      pusher.publish("ItemRevised", item, List.of());
      return item;
    }
  }

  /**
   * A fixed-price purchase: FixedPriceTransaction and AuctionCheckoutComplete, ItemOutOfStock when
   * the whole listing is out. In a multi-variation listing the buyer chooses one variation (by SKU
   * or specifics), and the notifications name it in the transaction as eBay does: the Item carries
   * the listing's new totals and no variation list.
   */
  SimItem.Transaction purchase(
      String itemId,
      int quantity,
      String buyer,
      String variationSku,
      Map<String, String> variationSpecifics) {
    synchronized (state.lock) {
      SimItem item = active(itemId);
      SimItem.Variation chosen = null;
      int index = -1;
      if (!item.variations.isEmpty()) {
        for (int i = 0; i < item.variations.size() && chosen == null; i++) {
          if (item.variations.get(i).isNamedBy(variationSku, variationSpecifics)) {
            chosen = item.variations.get(i);
            index = i;
          }
        }
        if (chosen == null) {
          throw new IllegalArgumentException(
              "Item "
                  + itemId
                  + " has variations: name one by \"sku\" or \"specifics\" (none matches "
                  + (variationSku != null ? variationSku : variationSpecifics)
                  + ")");
        }
      } else if (variationSku != null || !variationSpecifics.isEmpty()) {
        throw new IllegalArgumentException("Item " + itemId + " has no variations");
      }
      int available = chosen == null ? item.available() : chosen.available();
      if (quantity < 1 || quantity > available) {
        throw new IllegalArgumentException(
            "Quantity must be between 1 and the " + available + " available");
      }
      BigDecimal price = chosen != null && chosen.price() != null ? chosen.price() : item.price;
      SimItem.Transaction sale =
          new SimItem.Transaction(
              state.newTransactionId(),
              quantity,
              price,
              state.now(),
              buyer,
              chosen == null ? null : chosen.sold(quantity));
      if (chosen != null) {
        item.variations.set(index, chosen.sold(quantity));
        item.variationsWithActivity.add(chosen.key());
      }
      item.transactions.add(sale);
      item.quantitySold += quantity;
      item.lastModified = sale.created();
      pusher.publish("FixedPriceTransaction", item, List.of(sale));
      pusher.publish("AuctionCheckoutComplete", item, List.of(sale));
      // The Notification API's ORDER_CONFIRMATION, one per order line, where the seller subscribed
      notificationApi.publish(
          NotificationApi.ORDER_CONFIRMATION,
          item.sellerUserId,
          Json.createObjectBuilder()
              .add("orderId", item.itemId + "-" + sale.transactionId())
              .add("itemId", item.itemId)
              .add("quantity", quantity)
              .build());
      if (item.available() == 0) {
        pusher.publish("ItemOutOfStock", item, List.of());
      }
      return sale;
    }
  }

  /**
   * Ends the listing as eBay reports it: ItemSold when it sold; ItemUnsold and then ItemClosed when
   * it did not (eBay sends ItemClosed only for listings that end without a sale).
   */
  SimItem end(String itemId) {
    synchronized (state.lock) {
      SimItem item = active(itemId);
      boolean sold = item.quantitySold > 0;
      item.status = sold ? "Completed" : "Ended";
      item.endTime = state.now();
      item.lastModified = item.endTime;
      if (sold) {
        pusher.publish("ItemSold", item, List.of());
      } else {
        pusher.publish("ItemUnsold", item, List.of());
        pusher.publish("ItemClosed", item, List.of());
      }
      return item;
    }
  }

  /** A new listing for the same goods; the old one points forward, the new one back. */
  SimItem relist(String itemId) {
    synchronized (state.lock) {
      SimItem old = item(itemId);
      if (old.status.equals("Active")) {
        throw new IllegalArgumentException("Only an ended listing can be relisted");
      }
      SimItem item = new SimItem(state.newItemId(), old.sellerUserId);
      item.title = old.title;
      item.sku = old.sku;
      item.quantity = Math.max(1, old.quantity - old.quantitySold);
      // A relisted multi-variation listing offers what each variation had left.
      boolean nothingLeft = old.available() == 0;
      for (SimItem.Variation v : old.variations) {
        item.variations.add(
            new SimItem.Variation(
                v.sku(), v.specifics(), nothingLeft ? 1 : v.available(), 0, v.price()));
      }
      if (!item.variations.isEmpty()) {
        item.quantity = item.variations.stream().mapToInt(SimItem.Variation::quantity).sum();
      }
      item.price = old.price;
      item.currency = old.currency;
      item.conditionId = old.conditionId;
      item.conditionName = old.conditionName;
      item.categoryId = old.categoryId;
      item.categoryName = old.categoryName;
      item.pictureUrls.addAll(old.pictureUrls);
      item.relistParentId = old.itemId;
      item.startTime = state.now();
      item.endTime = item.startTime.plus(Duration.ofDays(30));
      item.lastModified = item.startTime;
      old.relistedItemId = item.itemId;
      state.items.put(item.itemId, item);
      pusher.publish("ItemListed", item, List.of());
      return item;
    }
  }

  SimItem suspend(String itemId) {
    synchronized (state.lock) {
      SimItem item = active(itemId);
      item.status = "Ended";
      item.endTime = state.now();
      item.lastModified = item.endTime;
      pusher.publish("ItemSuspended", item, List.of());
      return item;
    }
  }

  SimItem extend(String itemId, Duration by) {
    synchronized (state.lock) {
      SimItem item = active(itemId);
      item.endTime = item.endTime.plus(by);
      item.lastModified = state.now();
      pusher.publish("ItemExtended", item, List.of());
      return item;
    }
  }

  private static int variationIndex(SimItem item, String variationSku) {
    for (int i = 0; i < item.variations.size(); i++) {
      if (variationSku.equals(item.variations.get(i).sku())) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "Item " + item.itemId + " has no variation with SKU " + variationSku);
  }

  private SimItem item(String itemId) {
    SimItem item = state.items.get(itemId);
    if (item == null) {
      throw new NoSuchElementException("No item " + itemId);
    }
    return item;
  }

  private SimItem active(String itemId) {
    SimItem item = item(itemId);
    if (!item.status.equals("Active")) {
      throw new IllegalArgumentException("Item " + itemId + " is " + item.status + ", not Active");
    }
    return item;
  }
}
