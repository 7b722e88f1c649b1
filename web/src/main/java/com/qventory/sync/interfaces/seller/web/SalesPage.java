package com.qventory.sync.interfaces.seller.web;

import com.qventory.sync.application.seller.SellerDay;
import com.qventory.sync.interfaces.web.RequestedPage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** The seller's sales of a period ({@code ?period=WEEK&page=0}), with totals and profit. */
@Named
@RequestScoped
public class SalesPage {

  @Inject private SellerDay day;

  private SellerDay.Period period = SellerDay.Period.LAST_30_DAYS;
  private int page;
  private SellerDay.SalesReport report;

  @PostConstruct
  void load() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    period = period(parameters.get("period"));
    page = RequestedPage.of(FacesContext.getCurrentInstance());
  }

  /** A period by name, the last 30 days when none or an unknown one is given. */
  static SellerDay.Period period(String name) {
    try {
      return name == null ? SellerDay.Period.LAST_30_DAYS : SellerDay.Period.valueOf(name);
    } catch (IllegalArgumentException e) {
      return SellerDay.Period.LAST_30_DAYS;
    }
  }

  public SellerDay.SalesReport getReport() {
    if (report == null) {
      report = day.sales(period, page);
    }
    return report;
  }

  public SellerDay.Period getPeriod() {
    return period;
  }

  public SellerDay.Period[] getPeriods() {
    return SellerDay.Period.values();
  }
}
