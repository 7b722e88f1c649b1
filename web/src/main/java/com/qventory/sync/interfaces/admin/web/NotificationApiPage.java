package com.qventory.sync.interfaces.admin.web;

import com.qventory.sync.application.seller.NotificationApiOverview;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The admin's view of eBay's JSON Notification API: subscriptions, revocations, erasures. */
@Named
@RequestScoped
public class NotificationApiPage {

  @Inject private NotificationApiOverview overview;

  private NotificationApiOverview.Overview current;

  @PostConstruct
  void load() {
    current = overview.overview();
  }

  public NotificationApiOverview.Overview getOverview() {
    return current;
  }
}
