package com.qventory.sync.application.seller;

import com.qventory.sync.application.Page;
import com.qventory.sync.application.identity.Callers;
import com.qventory.sync.domain.inventory.SellerActivity;
import com.qventory.sync.domain.inventory.SellerActivity.CurrencyTotal;
import com.qventory.sync.domain.inventory.SellerActivity.SellerPreferences;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/**
 * The caller's day as a reseller reads it: what they have, what sold, what changed, what runs low —
 * in their own time zone, for their own items only.
 */
@Stateless
@RolesAllowed({"seller", "admin"})
public class SellerDay {

  /** The feed's length on the dashboard. */
  public static final int FEED = 20;

  /** Rows a sales page shows. */
  public static final int SALES_PAGE = 50;

  /** The periods sales are shown for, in the seller's time zone. */
  public enum Period {
    TODAY("Today"),
    WEEK("This week"),
    MONTH("This month"),
    LAST_30_DAYS("Last 30 days"),
    YEAR("This year"),
    ALL("All time");

    private final String label;

    Period(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }

    /** [from, to) of the period around {@code now} in {@code zone}; weeks start on Monday. */
    public Instant[] range(Instant now, ZoneId zone) {
      LocalDate today = LocalDate.ofInstant(now, zone);
      LocalDate start =
          switch (this) {
            case TODAY -> today;
            case WEEK -> today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> today.withDayOfMonth(1);
            case LAST_30_DAYS -> today.minusDays(29);
            case YEAR -> today.withDayOfYear(1);
            case ALL -> LocalDate.of(1995, 9, 3); // eBay's first day
          };
      return new Instant[] {
        start.atStartOfDay(zone).toInstant(), today.plusDays(1).atStartOfDay(zone).toInstant()
      };
    }
  }

  /** The dashboard's figures. */
  public record Dashboard(
      SellerActivity.ItemCounts counts,
      List<CurrencyTotal> today,
      List<CurrencyTotal> week,
      List<SellerActivity.Change> changes,
      List<SellerActivity.LowStock> lowStock,
      int lowStockThreshold,
      ZoneId zone) {}

  /** A page of sales and the period's totals. */
  public record SalesReport(
      Period period,
      List<SellerActivity.Sale> sales,
      List<CurrencyTotal> totals,
      int page,
      boolean more,
      ZoneId zone) {}

  @Inject private SellerActivity activity;

  @Inject private Callers callers;

  @Inject private Clock clock;

  @Resource private EJBContext context;

  public Dashboard dashboard() {
    long seller = callerId();
    SellerPreferences preferences = activity.preferences(seller);
    ZoneId zone = zone(preferences);
    Instant now = clock.instant();
    Instant[] today = Period.TODAY.range(now, zone);
    Instant[] week = Period.WEEK.range(now, zone);
    return new Dashboard(
        activity.counts(seller),
        activity.salesTotals(seller, today[0], today[1]),
        activity.salesTotals(seller, week[0], week[1]),
        activity.latestChanges(seller, FEED),
        activity.lowStock(seller, preferences.lowStockThreshold(), 20),
        preferences.lowStockThreshold(),
        zone);
  }

  public SalesReport sales(Period period, int page) {
    long seller = callerId();
    ZoneId zone = zone(activity.preferences(seller));
    Instant[] range = period.range(clock.instant(), zone);
    int shown = Math.max(page, 0);
    List<SellerActivity.Sale> rows =
        activity.sales(seller, range[0], range[1], Page.offset(shown, SALES_PAGE), SALES_PAGE + 1);
    return new SalesReport(
        period,
        rows.subList(0, Math.min(rows.size(), SALES_PAGE)),
        activity.salesTotals(seller, range[0], range[1]),
        shown,
        rows.size() > SALES_PAGE,
        zone);
  }

  /**
   * {@code limit} sales of the period that come after {@code after} (newest first), for an export
   * that reads them chunk by chunk while sales keep arriving.
   */
  public List<SellerActivity.Sale> salesChunk(
      Period period, Optional<SellerActivity.Sale> after, int limit) {
    long seller = callerId();
    Instant[] range = period.range(clock.instant(), zone(activity.preferences(seller)));
    return activity.salesAfter(seller, range[0], range[1], after, limit);
  }

  /** The time zone the seller's browser last reported, if any. */
  public Optional<String> timeZone() {
    return activity.preferences(callerId()).timeZone();
  }

  public int lowStockThreshold() {
    return activity.preferences(callerId()).lowStockThreshold();
  }

  /**
   * Remembers the time zone the seller's browser reports, when it is one Java knows.
   *
   * @return whether it was taken
   */
  public boolean rememberTimeZone(String zone) {
    ZoneId id;
    try {
      id = ZoneId.of(zone);
    } catch (DateTimeException e) {
      return false;
    }
    long seller = callerId();
    SellerPreferences now = activity.preferences(seller);
    if (!now.timeZone().equals(Optional.of(id.getId()))) {
      activity.savePreferences(
          seller, new SellerPreferences(Optional.of(id.getId()), now.lowStockThreshold()));
    }
    return true;
  }

  /** Items with {@code threshold} or fewer available are flagged (0–100,000). */
  public void setLowStockThreshold(int threshold) {
    if (threshold < 0 || threshold > 100_000) {
      throw new IllegalArgumentException("The low-stock threshold is a number from 0 to 100000");
    }
    long seller = callerId();
    SellerPreferences now = activity.preferences(seller);
    activity.savePreferences(seller, new SellerPreferences(now.timeZone(), threshold));
  }

  private static ZoneId zone(SellerPreferences preferences) {
    return preferences.timeZone().map(ZoneId::of).orElse(ZoneOffset.UTC);
  }

  private long callerId() {
    return callers.idOf(context.getCallerPrincipal());
  }
}
