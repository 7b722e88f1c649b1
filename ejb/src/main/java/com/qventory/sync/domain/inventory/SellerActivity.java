package com.qventory.sync.domain.inventory;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Port: what a seller's day is made of — their items' states, sales and recent changes. */
public interface SellerActivity {

  /**
   * The seller's items by state.
   *
   * @param active listed and with stock
   * @param soldOut listed (or completed) with nothing left to sell
   * @param ended ended on eBay with stock left
   * @param notListed added by hand, no eBay listing yet
   */
  record ItemCounts(long active, long soldOut, long ended, long notListed) {}

  /**
   * Sales of one currency over a period.
   *
   * @param revenue price × quantity, summed
   * @param profit (price − purchase cost) × quantity over the sales whose item has a cost in the
   *     same currency
   * @param withoutCost sales left out of the profit: no purchase cost, or one in another currency
   */
  record CurrencyTotal(
      String currency,
      long sales,
      long quantity,
      BigDecimal revenue,
      BigDecimal profit,
      long withoutCost) {}

  /** One sale with its item, as the seller reads it. */
  record Sale(
      long id,
      Instant soldAt,
      long itemId,
      String ebayItemId,
      String title,
      String variation,
      int quantity,
      BigDecimal price,
      String currency,
      String buyer,
      String orderId,
      String transactionId,
      BigDecimal unitCost,
      String costCurrency) {

    /** (price − cost) × quantity when both are known in the same currency. */
    public Optional<BigDecimal> profit() {
      if (price == null || unitCost == null || !Objects.equals(currency, costCurrency)) {
        return Optional.empty();
      }
      return Optional.of(price.subtract(unitCost).multiply(BigDecimal.valueOf(quantity)));
    }

    public BigDecimal revenue() {
      return price == null ? null : price.multiply(BigDecimal.valueOf(quantity));
    }
  }

  /** A change eBay (or polling, or the import) made to one of the seller's items. */
  record Change(
      long id,
      Instant at,
      long itemId,
      String title,
      String ebayItemId,
      String eventName,
      SyncSource source,
      List<SyncChange> changes) {}

  /** An item at or below the seller's low-stock threshold. */
  record LowStock(long itemId, String title, String sku, int available) {}

  ItemCounts counts(long sellerId);

  /** Totals per currency of the sales made in [from, to), most sales first. */
  List<CurrencyTotal> salesTotals(long sellerId, Instant from, Instant to);

  /** Sales made in [from, to), newest first, a page of them. */
  List<Sale> sales(long sellerId, Instant from, Instant to, int offset, int limit);

  /**
   * Sales made in [from, to), newest first, {@code limit} of them that come after {@code after} in
   * that order (from the newest when empty): sales recorded meanwhile never make a row come twice.
   */
  List<Sale> salesAfter(long sellerId, Instant from, Instant to, Optional<Sale> after, int limit);

  /** The newest changes to the seller's items. */
  List<Change> latestChanges(long sellerId, int limit);

  /** Listed items with {@code threshold} or fewer left, fewest first. */
  List<LowStock> lowStock(long sellerId, int threshold, int limit);

  /** The seller's choices, or the defaults. */
  SellerPreferences preferences(long sellerId);

  void savePreferences(long sellerId, SellerPreferences preferences);

  /**
   * What a seller chose for their pages.
   *
   * @param timeZone their browser's IANA zone, when it told us
   * @param lowStockThreshold items with this many or fewer available are flagged
   */
  record SellerPreferences(Optional<String> timeZone, int lowStockThreshold) {

    public static final int DEFAULT_LOW_STOCK = 1;

    public static SellerPreferences defaults() {
      return new SellerPreferences(Optional.empty(), DEFAULT_LOW_STOCK);
    }
  }
}
