package com.qventory.sync.ebaysim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A listing on the simulated eBay. Mutable; guarded by the {@link SimState} lock. */
final class SimItem {

  record Variation(String sku, int quantity, int quantitySold, BigDecimal price) {}

  record Transaction(
      String transactionId, int quantity, BigDecimal price, Instant created, String buyer) {}

  final String itemId;
  final String sellerUserId;
  String title;
  String sku;
  int quantity;
  int quantitySold;
  BigDecimal price;
  String currency;
  String listingType = "FixedPriceItem";
  String status = "Active";
  Instant startTime;
  Instant endTime;
  Instant lastModified;
  String conditionId = "1000";
  String conditionName = "New";
  String categoryId = "20625";
  String categoryName = "Home & Garden";
  List<String> pictureUrls = new ArrayList<>();
  List<Variation> variations = new ArrayList<>();
  String relistParentId;
  String relistedItemId;
  final List<Transaction> transactions = new ArrayList<>();

  SimItem(String itemId, String sellerUserId) {
    this.itemId = itemId;
    this.sellerUserId = sellerUserId;
  }

  int available() {
    if (!variations.isEmpty()) {
      return variations.stream().mapToInt(v -> Math.max(0, v.quantity() - v.quantitySold())).sum();
    }
    return Math.max(0, quantity - quantitySold);
  }
}
