package com.qventory.sync.ebaysim;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A listing on the simulated eBay. Mutable; guarded by the {@link SimState} lock. */
final class SimItem {

  /**
   * One variation: eBay knows it by its specifics (Size = M); the SKU is the seller's and optional.
   */
  record Variation(
      String sku, Map<String, String> specifics, int quantity, int quantitySold, BigDecimal price) {

    Variation {
      specifics = Collections.unmodifiableMap(new LinkedHashMap<>(specifics));
      if (sku == null && specifics.isEmpty()) {
        throw new IllegalArgumentException("A variation needs a SKU or specifics");
      }
    }

    int available() {
      return Math.max(0, quantity - quantitySold);
    }

    Variation sold(int more) {
      return new Variation(sku, specifics, quantity, quantitySold + more, price);
    }

    /** Whether a buyer's choice names this variation: its SKU, or all of its specifics. */
    boolean isNamedBy(String chosenSku, Map<String, String> chosenSpecifics) {
      return chosenSku != null
          ? chosenSku.equals(sku)
          : !chosenSpecifics.isEmpty() && chosenSpecifics.equals(specifics);
    }

    /** What tells it apart within its listing. */
    String key() {
      return sku != null ? sku : specifics.toString();
    }

    /** eBay's VariationTitle: the listing's title with the specifics' values in brackets. */
    String title(String listingTitle) {
      return listingTitle + "[" + String.join(",", specifics.values()) + "]";
    }
  }

  /** A purchase; {@code variation} is the variation bought as it was then, or null. */
  record Transaction(
      String transactionId,
      int quantity,
      BigDecimal price,
      Instant created,
      String buyer,
      Variation variation) {}

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

  /** The variations (by SKU, else specifics) that sold or were revised: polling lists only them. */
  final Set<String> variationsWithActivity = new HashSet<>();

  /** Every event eBay raised for this listing, in order, whoever was subscribed to it. */
  final List<String> raised = new ArrayList<>();

  SimItem(String itemId, String sellerUserId) {
    this.itemId = itemId;
    this.sellerUserId = sellerUserId;
  }

  int available() {
    if (!variations.isEmpty()) {
      return variations.stream().mapToInt(Variation::available).sum();
    }
    return Math.max(0, quantity - quantitySold);
  }
}
