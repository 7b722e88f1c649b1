package com.qventory.sync.interfaces.seller.web;

import com.qventory.sync.application.SellerNotifications;
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

  public long getUnread() {
    if (unread == null) {
      unread = notifications.unread();
    }
    return unread;
  }

  public List<SellerNotifications.Line> getLatest() {
    return notifications.latest(10);
  }

  public String markAllRead() {
    notifications.markAllRead();
    unread = 0L;
    return null;
  }
}
