package com.qventory.sync.application.seller;

import com.qventory.sync.application.identity.Callers;
import com.qventory.sync.domain.seller.SellerNotification;
import com.qventory.sync.domain.seller.SellerRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The notifications bell: the caller's own in-app notifications. */
@Stateless
@RolesAllowed({"seller", "admin"})
public class SellerNotifications {

  /** One line of the bell's list (getters: Jakarta EL 5 reads no records). */
  public static final class Line implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String message;
    private final Instant createdAt;
    private final boolean unread;
    private final Long itemId;

    Line(SellerNotification n) {
      this.message = n.getMessage();
      this.createdAt = n.getCreatedAt();
      this.unread = n.getReadAt() == null;
      this.itemId = n.getItemId();
    }

    public String getMessage() {
      return message;
    }

    public Instant getCreatedAt() {
      return createdAt;
    }

    public boolean isUnread() {
      return unread;
    }

    public Long getItemId() {
      return itemId;
    }
  }

  @Inject private SellerRepository sellers;

  @Inject private Clock clock;

  @Resource private EJBContext context;

  @Inject private Callers callers;

  public long unread() {
    return sellers.unreadNotifications(callerId());
  }

  public List<Line> latest(int limit) {
    return sellers.latestNotifications(callerId(), Math.min(Math.max(limit, 1), 100)).stream()
        .map(Line::new)
        .toList();
  }

  public int markAllRead() {
    return sellers.markNotificationsRead(callerId(), clock.instant());
  }

  private long callerId() {
    return callers.idOf(context.getCallerPrincipal());
  }
}
