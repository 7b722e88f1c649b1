package com.qventory.sync.interfaces.seller.web;

import com.qventory.sync.application.seller.SellerDay;
import com.qventory.sync.interfaces.web.SessionActions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The time zone the server knows for the logged-in seller, for the page's script to compare. */
@Named
@RequestScoped
public class SellerZone {

  @Inject private SellerDay day;

  @Inject private SessionActions session;

  private String known;

  /** The remembered zone, or "" (also when nobody is logged in). */
  public String getKnown() {
    if (known == null) {
      known = session.isLoggedIn() ? day.timeZone().orElse("") : "";
    }
    return known;
  }
}
