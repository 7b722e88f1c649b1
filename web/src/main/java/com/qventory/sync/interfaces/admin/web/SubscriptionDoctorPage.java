package com.qventory.sync.interfaces.admin.web;

import com.qventory.sync.application.seller.NotificationSetUp;
import com.qventory.sync.application.seller.SubscriptionDoctor;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.seller.EbayNotificationPreferences;
import com.qventory.sync.interfaces.web.RequestedPage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The admin's sellers and subscriptions page: each seller's health with eBay, and Repair. */
@Named
@RequestScoped
public class SubscriptionDoctorPage {

  @Inject private SubscriptionDoctor doctor;

  private SubscriptionDoctor.Report report;

  private boolean fresh;

  /** Part of a username or eBay user; from {@code ?q=} or the search field. */
  private String q = "";

  /** From {@code ?page=}, counted from 0. */
  private int page;

  /** A link's {@code ?q=…&page=…}; a form sent back sets both from its fields instead. */
  @PostConstruct
  void load() {
    Map<String, String> parameters =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    q = parameters.getOrDefault("q", "");
    page = RequestedPage.of(FacesContext.getCurrentInstance());
  }

  public SubscriptionDoctor.Report getReport() {
    if (report == null) {
      report =
          doctor.report(
              fresh, q == null || q.isBlank() ? Optional.empty() : Optional.of(q.strip()), page);
    }
    return report;
  }

  /** Shows the sellers the search finds, from their first page. */
  public String find() {
    page = 0;
    report = null;
    return null;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public int getPageSize() {
    return SubscriptionDoctor.PAGE_SIZE;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = page;
  }

  /** Asks eBay now for every seller (otherwise answers of the last 10 minutes are shown). */
  public String checkNow() {
    fresh = true;
    report = null;
    return null;
  }

  /** eBay's application delivery as the seller's token sees it. */
  public String delivery(SubscriptionDoctor.SellerHealth seller) {
    return seller
        .ebay()
        .delivery()
        .map(
            d ->
                (d.enabled() ? "enabled" : "DISABLED")
                    + d.applicationUrl().map(url -> " to " + url).orElse(""))
        .orElse("—");
  }

  /** eBay's delivery statistics of the last 24 hours. */
  public String usage(SubscriptionDoctor.SellerHealth seller) {
    return seller
        .ebay()
        .usage()
        .map(
            u ->
                "delivered "
                    + u.delivered()
                    + ", errors "
                    + u.errors()
                    + ", pending "
                    + (u.queuedNew() + u.queuedPending())
                    + ", expired "
                    + u.expired()
                    + (u.markedDown() ? " — MARKED DOWN" : ""))
        .orElse("—");
  }

  /** eBay's mark-down and mark-up history of the application. */
  public List<EbayNotificationPreferences.MarkEvent> marks(SubscriptionDoctor.SellerHealth seller) {
    return seller.ebay().usage().map(u -> u.markHistory()).orElse(List.of());
  }

  public String repair(long sellerId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      NotificationSetUp.Outcome outcome = doctor.repair(sellerId);
      faces.addMessage(
          null,
          outcome.complete()
              ? new FacesMessage(
                  FacesMessage.SEVERITY_INFO,
                  "Seller " + sellerId + ": subscription repaired, eBay confirms it.",
                  null)
              : new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  "Seller " + sellerId + ": " + String.join("; ", outcome.problems()),
                  null));
    } catch (EbayApiException e) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, "Seller " + sellerId + ": " + e.getMessage(), null));
    }
    report = null;
    return null;
  }
}
