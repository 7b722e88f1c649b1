package com.qventory.sync.application.inventory;

import com.qventory.sync.application.identity.AccountRejectedException;
import com.qventory.sync.application.identity.Callers;
import com.qventory.sync.domain.inventory.InventoryItem;
import com.qventory.sync.domain.inventory.InventoryRepository;
import com.qventory.sync.domain.inventory.Money;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;

/** What a seller changes in their own inventory: hand-made items and their local fields. */
@Stateless
@RolesAllowed({"seller", "admin"})
public class InventoryCommands {

  @Inject private InventoryRepository inventory;

  @Inject private Clock clock;

  @Resource private EJBContext context;

  @Inject private Callers callers;

  /** An item before it is listed; its listing will be linked to it by SKU when it arrives. */
  public long addHandMade(
      String title, String sku, Integer quantity, BigDecimal price, String currency)
      throws AccountRejectedException {
    if (title == null || title.isBlank() || title.length() > 255) {
      throw new AccountRejectedException("A title of 1 to 255 characters is required");
    }
    if (quantity != null && quantity < 0) {
      throw new AccountRejectedException("The quantity cannot be negative");
    }
    InventoryItem item =
        InventoryItem.handMade(
            callerId(),
            title.strip(),
            blankToNull(sku),
            quantity,
            money(price, currency),
            clock.instant());
    inventory.add(item);
    return item.getId();
  }

  /** The seller's own fields of their own item; sync never touches them. */
  public void recordLocalFields(
      long itemId,
      BigDecimal purchaseCost,
      String currency,
      String storageLocation,
      String privateNotes)
      throws AccountRejectedException {
    long caller = callerId();
    InventoryItem item =
        inventory
            .find(itemId)
            .filter(i -> i.getSellerId() == caller)
            .orElseThrow(() -> new AccountRejectedException("No item " + itemId));
    if (storageLocation != null && storageLocation.length() > InventoryItem.MAX_STORAGE_LOCATION) {
      throw new AccountRejectedException(
          "A storage location has at most " + InventoryItem.MAX_STORAGE_LOCATION + " characters");
    }
    if (privateNotes != null && privateNotes.length() > InventoryItem.MAX_PRIVATE_NOTES) {
      throw new AccountRejectedException(
          "Private notes have at most "
              + InventoryItem.MAX_PRIVATE_NOTES
              + " characters ("
              + privateNotes.length()
              + " given)");
    }
    item.recordLocalFields(
        money(purchaseCost, currency),
        blankToNull(storageLocation),
        blankToNull(privateNotes),
        clock.instant());
  }

  private static Money money(BigDecimal amount, String currency) throws AccountRejectedException {
    if (amount == null) {
      return null;
    }
    try {
      return new Money(
          amount, currency == null || currency.isBlank() ? "USD" : currency.strip().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new AccountRejectedException(e.getMessage());
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private long callerId() {
    return callers.idOf(context.getCallerPrincipal());
  }
}
