package com.qventory.sync.ebaysim;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * What a seller does on eBay — list, revise, relist, sell, end, suspend, extend — and the
 * notifications each change makes eBay push.
 */
final class SellerActions {

  private final SimState state;
  private final NotificationPusher pusher;

  SellerActions(SimState state, NotificationPusher pusher) {
    this.state = state;
    this.pusher = pusher;
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
      Catalog.fill(item);
      item.startTime = state.now();
      item.endTime = item.startTime.plus(Duration.ofDays(30));
      item.lastModified = item.startTime;
      state.items.put(item.itemId, item);
      pusher.publish("ItemListed", item, List.of());
      return item;
    }
  }

  SimItem revise(String itemId, String title, String sku, Integer quantity, BigDecimal price) {
    synchronized (state.lock) {
      SimItem item = active(itemId);
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
   * A fixed-price purchase: FixedPriceTransaction and AuctionCheckoutComplete, ItemOutOfStock at 0.
   */
  SimItem.Transaction purchase(String itemId, int quantity, String buyer) {
    synchronized (state.lock) {
      SimItem item = active(itemId);
      if (quantity < 1 || quantity > item.available()) {
        throw new IllegalArgumentException(
            "Quantity must be between 1 and the " + item.available() + " available");
      }
      SimItem.Transaction sale =
          new SimItem.Transaction(
              state.newTransactionId(), quantity, item.price, state.now(), buyer);
      item.transactions.add(sale);
      item.quantitySold += quantity;
      item.lastModified = sale.created();
      pusher.publish("FixedPriceTransaction", item, List.of(sale));
      pusher.publish("AuctionCheckoutComplete", item, List.of(sale));
      if (item.available() == 0) {
        pusher.publish("ItemOutOfStock", item, List.of());
      }
      return sale;
    }
  }

  /** Ends the listing: ItemClosed, and ItemSold or ItemUnsold as it sold or not. */
  SimItem end(String itemId) {
    synchronized (state.lock) {
      SimItem item = active(itemId);
      boolean sold = item.quantitySold > 0;
      item.status = sold ? "Completed" : "Ended";
      item.endTime = state.now();
      item.lastModified = item.endTime;
      pusher.publish("ItemClosed", item, List.of());
      pusher.publish(sold ? "ItemSold" : "ItemUnsold", item, List.of());
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
