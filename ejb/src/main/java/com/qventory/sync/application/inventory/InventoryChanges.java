package com.qventory.sync.application.inventory;

import com.qventory.sync.domain.identity.UserAccountRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells whoever listens that a seller's inventory changed, once the change is committed — the web
 * module listens and pushes to that seller's open pages. The change travels through the broker
 * ({@link ChangeAnnouncements}, a JMS topic every node subscribes to), so that a seller whose
 * browser is connected to another node of a cluster sees it too; each node then hands it to its own
 * listeners ({@link #deliver}). A registry rather than a CDI event: an observer in the web module
 * is not visible to events fired in this EJB module.
 */
@ApplicationScoped
public class InventoryChanges {

  private static final Logger LOG = Logger.getLogger(InventoryChanges.class.getName());

  /** What changed, for whom: the seller's username, the item and the event that changed it. */
  public record Change(String sellerUsername, long itemId, String eventName, boolean imported) {}

  private final List<Consumer<Change>> listeners = new CopyOnWriteArrayList<>();

  /**
   * Usernames by seller id: a username never changes, and looking it up for every change was a
   * query per notification (3 % of the server's samples in a profile under load).
   */
  private final Map<Long, String> usernames = new ConcurrentHashMap<>();

  @Inject private UserAccountRepository accounts;

  @Resource private TransactionSynchronizationRegistry transactions;

  @Inject private ChangeAnnouncements announcements;

  /**
   * Announces the change once the caller's transaction commits: a rollback shows nobody anything.
   */
  public void afterCommit(long sellerId, long itemId, String eventName, boolean imported) {
    String username = usernames.get(sellerId);
    if (username == null) {
      Optional<String> found = accounts.usernameOf(sellerId);
      if (found.isEmpty()) {
        return;
      }
      username = found.get();
      usernames.put(sellerId, username);
    }
    Change change = new Change(username, itemId, eventName, imported);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              deliver(change); // this node's pages at once
              announcements.announce(change); // the other nodes' through the broker
            }
          }
        });
  }

  public void listen(Consumer<Change> listener) {
    listeners.add(listener);
  }

  public void stopListening(Consumer<Change> listener) {
    listeners.remove(listener);
  }

  /** A committed change, this node's or another's: this node's listeners (its pages) hear of it. */
  public void deliver(Change change) {
    for (Consumer<Change> listener : listeners) {
      try {
        listener.accept(change);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "[PLATFORM] A live-update listener failed", e);
      }
    }
  }
}
