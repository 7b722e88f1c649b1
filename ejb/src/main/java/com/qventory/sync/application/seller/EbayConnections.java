package com.qventory.sync.application.seller;

import com.qventory.sync.application.identity.Callers;
import com.qventory.sync.application.inventory.InitialImport;
import com.qventory.sync.application.webhook.WebhookSettings;
import com.qventory.sync.domain.seller.EbayAccess;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.seller.EbayNotificationPreferences;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * A seller connects their eBay account, and disconnects it: consent, tokens (encrypted at rest),
 * who they are on eBay, then the notifications set up ({@link NotificationSetUp}) and the listings
 * they already have imported. No transaction is open while eBay answers: each write is a short
 * transaction of its own ({@link ConnectionSteps}).
 */
@Stateless
@RolesAllowed({"seller", "admin"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EbayConnections {

  /**
   * What eBay granted, not linked to anything yet: the seller confirms which eBay user this is
   * before it becomes their connection ({@link #connect(Grant)}). Kept only in the seller's
   * session, never stored or logged.
   */
  public record Grant(EbayAccess.Tokens tokens, EbayAccess.EbayUser user) {

    @Override
    public String toString() {
      return "Grant[eBay user " + user.userId() + ", tokens hidden]";
    }
  }

  @Inject private EbayAccess access;

  @Inject private EbayNotificationPreferences preferences;

  @Inject private ConnectionSteps steps;

  @Inject private NotificationSetUp setUp;

  @Inject private InitialImport initialImport;

  @Inject private FreshTokens tokens;

  @Inject private WebhookSettings pushSync;

  @Inject private Callers callers;

  @Resource private EJBContext context;

  /** Why connecting is impossible right now, if it is. */
  public Optional<String> unavailableBecause() {
    List<String> missing = pushSync.missingSettings();
    return missing.isEmpty()
        ? Optional.empty()
        : Optional.of(
            "Push sync is unavailable: " + String.join(", ", missing) + " not configured.");
  }

  public String consentUrl(String state) {
    return access.consentUrl(state);
  }

  /**
   * Exchanges the consent's code and asks eBay whose it is.
   *
   * @throws EbayApiException when eBay refuses, or the eBay user is another seller's connection
   */
  public Grant grant(String code) throws EbayApiException {
    long sellerId = callerId();
    EbayAccess.Tokens granted = access.exchangeCode(code);
    EbayAccess.EbayUser user = access.getUser(granted.accessToken());
    steps.refuseIfAnotherSellers(user, sellerId);
    return new Grant(granted, user);
  }

  /** Links the eBay user the seller confirmed and sets up notifications. */
  public NotificationSetUp.Outcome connect(Grant grant) throws EbayApiException {
    ConnectionSteps.Connection connection = steps.link(callerId(), grant.user(), grant.tokens());
    return setUp.setUp(connection, grant.tokens().accessToken());
  }

  /**
   * Starts the one-time import of the seller's active listings, in the background. Called after
   * {@link #connect}, so that the import sees the connected account.
   */
  public void startInitialImport() {
    long sellerId = callerId();
    steps.importStarted(sellerId);
    initialImport.run(sellerId);
  }

  /**
   * Ends the connection — at once, whatever eBay does: the tokens are forgotten, the inventory
   * stays — and then tells eBay to stop the seller's notifications.
   *
   * @return what eBay could not be told, if anything
   */
  public Optional<String> disconnect() {
    long sellerId = callerId();
    Optional<String> token;
    try {
      token = Optional.of(tokens.accessToken(sellerId));
    } catch (EbayApiException e) {
      token = Optional.empty(); // revoked or lapsed: eBay stops by itself
    }
    if (steps.disconnect(sellerId).isEmpty()) {
      return Optional.of("No eBay account is connected");
    }
    if (token.isEmpty()) {
      return Optional.empty();
    }
    try {
      preferences.setUserEvents(token.get(), NotificationSetUp.SUBSCRIBED_EVENTS, false, null);
      return Optional.empty();
    } catch (EbayApiException e) {
      return Optional.of("eBay was not told to stop notifications: " + e.getMessage());
    }
  }

  private long callerId() {
    return callers.idOf(context.getCallerPrincipal());
  }
}
