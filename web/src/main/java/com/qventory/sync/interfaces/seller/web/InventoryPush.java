package com.qventory.sync.interfaces.seller.web;

import com.qventory.sync.application.inventory.InventoryChanges;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.function.Consumer;

/**
 * Pushes "itemChanged" over the Faces WebSocket channel {@code inventory} to the open pages of the
 * seller whose inventory just changed — and only to theirs (the channel is per user).
 */
@ApplicationScoped
public class InventoryPush {

  static final String CHANNEL = "inventory";
  static final String ITEM_CHANGED = "itemChanged";

  @Inject private InventoryChanges changes;

  @Inject
  @Push(channel = CHANNEL)
  private PushContext inventory;

  private final Consumer<InventoryChanges.Change> listener = this::push;

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    changes.listen(listener);
  }

  @PreDestroy
  void stop() {
    changes.stopListening(listener);
  }

  private void push(InventoryChanges.Change change) {
    inventory.send(ITEM_CHANGED, change.sellerUsername());
  }
}
