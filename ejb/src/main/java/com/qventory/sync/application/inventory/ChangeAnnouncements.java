package com.qventory.sync.application.inventory;

/**
 * Port: carries a committed inventory change to the other nodes of the cluster (each then tells its
 * own open pages, {@link InventoryChanges#deliver}). Best effort: a change that cannot be announced
 * is still committed, and the seller's next page load shows it.
 */
public interface ChangeAnnouncements {

  /** Called after the change's transaction committed, on the committing thread. */
  void announce(InventoryChanges.Change change);
}
