package com.qventory.sync.interfaces.seller.web;

import com.qventory.sync.application.Counted;
import com.qventory.sync.application.inventory.ChangeWords;
import com.qventory.sync.application.seller.SellerDay;
import com.qventory.sync.domain.inventory.SellerActivity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The seller's landing page: what they have, what sold, what changed, what runs low. */
@Named
@RequestScoped
public class DashboardPage {

  @Inject private SellerDay day;

  private SellerDay.Dashboard dashboard;

  private Integer threshold;

  public SellerDay.Dashboard getDashboard() {
    if (dashboard == null) {
      dashboard = day.dashboard();
    }
    return dashboard;
  }

  /** Re-read (the live channel said something changed). */
  public void refresh() {
    dashboard = null;
  }

  public Integer getThreshold() {
    return threshold == null ? getDashboard().lowStockThreshold() : threshold;
  }

  public void setThreshold(Integer threshold) {
    this.threshold = threshold;
  }

  public String saveThreshold() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      day.setLowStockThreshold(threshold == null ? 0 : threshold);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              "Items with " + threshold + " or fewer available are flagged as running low.",
              null));
    } catch (IllegalArgumentException e) {
      faces.addMessage(
          "threshold:value", new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    dashboard = null;
    threshold = null;
    return null;
  }

  /** "3 sales · 1 item sold · USD 42.00" per currency, or "No sales". */
  public String totals(List<SellerActivity.CurrencyTotal> totals) {
    if (totals.isEmpty()) {
      return "No sales";
    }
    return totals.stream()
        .map(t -> Counted.of(t.sales(), "sale") + " · " + money(t.currency(), t.revenue()))
        .collect(Collectors.joining("; "));
  }

  /** What a change was, as a reseller says it ({@link ChangeWords}). */
  public String what(SellerActivity.Change change) {
    return ChangeWords.what(change.eventName());
  }

  /** The change's details: "price: 10.00 → 12.00; sold 1, eBay transaction 123". */
  public String details(SellerActivity.Change change) {
    return change.changes().stream()
        .limit(4)
        .map(ChangeWords::of)
        .collect(Collectors.joining("; "));
  }

  static String money(String currency, BigDecimal amount) {
    return currency + " " + amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** For pages: an amount with two decimals, or a dash. */
  public String amount(BigDecimal amount) {
    return amount == null ? "—" : String.format(Locale.ROOT, "%.2f", amount);
  }
}
