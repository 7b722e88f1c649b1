package com.qventory.sync.interfaces.seller.web;

import com.qventory.sync.application.seller.SellerDay;
import com.qventory.sync.interfaces.web.SessionActions;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The time zone the server knows for the logged-in seller, for the page's script to compare: read
 * once per session (every page's layout asks), and set again when the browser reports another.
 */
@Named
@SessionScoped
public class SellerZone implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SellerDay day;

  @Inject private SessionActions session;

  private String known;

  /** The remembered zone, or "" (also when nobody is logged in). */
  public String getKnown() {
    if (!session.isLoggedIn()) {
      return "";
    }
    if (known == null) {
      known = day.timeZone().orElse("");
    }
    return known;
  }

  /** The seller's browser reported {@code zone}, which is now remembered. */
  void remembered(String zone) {
    known = zone;
  }
}
