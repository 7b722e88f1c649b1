package com.qventory.sync.interfaces.seller.web;

import com.qventory.sync.application.seller.SellerNotifications;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The bell in the header: unread count, the latest notifications, mark all read. */
@Named
@RequestScoped
public class NotificationBell {

  @Inject private SellerNotifications notifications;

  private Long unread;
  private List<SellerNotifications.Line> latest;

  public long getUnread() {
    if (unread == null) {
      unread = notifications.unread();
    }
    return unread;
  }

  public List<SellerNotifications.Line> getLatest() {
    if (latest == null) {
      latest = notifications.latest(10);
    }
    return latest;
  }

  public String markAllRead() {
    notifications.markAllRead();
    unread = 0L;
    latest = null;
    return null;
  }
}
