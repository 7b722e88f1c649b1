package com.qventory.sync.domain.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects what one sync changed on an item, in order, for its sync history. */
public final class SyncChanges {

  private final List<SyncChange> changes = new ArrayList<>();

  /** Records the field's change when its value changed; returns {@code after}. */
  public <T> T set(String field, T before, T after) {
    if (!Objects.equals(before, after)) {
      changes.add(new SyncChange(field, text(before), text(after)));
    }
    return after;
  }

  public void event(String kind, String value) {
    changes.add(SyncChange.event(kind, value));
  }

  /** A sale recorded: its eBay TransactionID, and what was sold ("2 of Size: M"). */
  public void sale(String transactionId, String what) {
    changes.add(new SyncChange(SyncChange.SALE, transactionId, what));
  }

  /** Puts an event first: what happened to the item as a whole reads before its fields. */
  public void eventFirst(String kind, String value) {
    changes.add(0, SyncChange.event(kind, value));
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  public List<SyncChange> list() {
    return List.copyOf(changes);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
