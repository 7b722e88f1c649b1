package com.qventory.sync.ebaysim;

import java.time.Duration;

/**
 * eBay's documented limits that the simulator enforces in strict mode — the default, so that what
 * passes against the simulator copes with eBay:
 *
 * <ul>
 *   <li>GetSellerEvents has no pagination and answers at most 2,000 items with {@code
 *       DetailLevel=ReturnAll}, 3,000 without (KB 1313);
 *   <li>its answer is meaningful only up to now − 2 minutes: changes younger than that may be
 *       missing (KB 55);
 *   <li>GetSellerEvents and GetSellerList may list only the variations that had activity;
 *   <li>a GetSellerList time range must be less than 120 days.
 * </ul>
 *
 * @param freshnessLag how long a change takes to show in GetSellerEvents
 */
public record EbayLimits(boolean strict, Duration freshnessLag) {

  public static final int SELLER_EVENTS_CAP_RETURN_ALL = 2_000;
  public static final int SELLER_EVENTS_CAP = 3_000;
  public static final Duration SELLER_LIST_WINDOW = Duration.ofDays(120);

  public static final EbayLimits STRICT = new EbayLimits(true, Duration.ofMinutes(2));
  public static final EbayLimits LENIENT = new EbayLimits(false, Duration.ZERO);

  /** The same limits, changes showing in GetSellerEvents after {@code lag} (tests shorten it). */
  public EbayLimits withFreshnessLag(Duration lag) {
    return new EbayLimits(strict, lag);
  }

  int sellerEventsCap(boolean returnAll) {
    if (!strict) {
      return Integer.MAX_VALUE;
    }
    return returnAll ? SELLER_EVENTS_CAP_RETURN_ALL : SELLER_EVENTS_CAP;
  }
}
