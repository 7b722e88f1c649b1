package com.qventory.sync.application.seller;

import com.qventory.sync.application.LogText;
import com.qventory.sync.application.identity.Callers;
import com.qventory.sync.application.webhook.WebhookSettings;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.seller.EbayNotificationPreferences;
import com.qventory.sync.domain.webhook.EventKind;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * A seller's notifications set up at eBay and verified: the application-level delivery if eBay does
 * not have ours yet, the seller's own events with a tenant key as ExternalUserData, and the
 * Notification API's topics — then what eBay confirmed is recorded. eBay is asked with no
 * transaction open; the outcome is written in a short one, only if the seller is still the same
 * connection ({@link ConnectionSteps#setUp}); when the seller disconnected meanwhile, eBay is told
 * again to stop.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationSetUp {

  private static final Logger LOG = Logger.getLogger(NotificationSetUp.class.getName());

  /** The events every seller is subscribed to ({@link EventKind#SUBSCRIBED}). */
  public static final List<String> SUBSCRIBED_EVENTS = EventKind.SUBSCRIBED;

  /**
   * What eBay confirmed.
   *
   * @param subscribed the events and topics eBay reports subscribed, comma-separated
   */
  public record Result(List<String> problems, String subscribed) {
    public boolean complete() {
      return problems.isEmpty();
    }
  }

  /** What the seller or admin is told. */
  public record Outcome(boolean complete, List<String> problems) {}

  @Inject private EbayNotificationPreferences preferences;

  @Inject private NotificationApiSubscriptions apiSubscriptions;

  @Inject private WebhookSettings pushSync;

  @Inject private ConnectionSteps steps;

  @Inject private FreshTokens tokens;

  @Inject private Callers callers;

  @Resource private EJBContext context;

  /** Sets up a connection just made, with the access token eBay just granted. */
  public Outcome setUp(ConnectionSteps.Connection connection, String accessToken) {
    Result result = ask(accessToken, connection.externalUserData());
    if (steps.setUp(connection, result)) {
      return new Outcome(result.complete(), result.problems());
    }
    stopIfLeft(connection, accessToken);
    return new Outcome(
        false, List.of("The eBay account was disconnected while eBay was being set up"));
  }

  /** The seller's "Retry setup". */
  @RolesAllowed({"seller", "admin"})
  public Outcome retry() throws EbayApiException {
    return again(callers.idOf(context.getCallerPrincipal()));
  }

  /** The admin's "Repair subscription": the seller's setup with eBay, done again. */
  @RolesAllowed("admin")
  public Outcome repair(long sellerId) throws EbayApiException {
    Outcome outcome = again(sellerId);
    LOG.info(
        "[IDENTITY] "
            + context.getCallerPrincipal().getName()
            + " repaired the eBay subscription of seller "
            + sellerId
            + (outcome.complete()
                ? ""
                : ": " + LogText.safe(String.join("; ", outcome.problems()))));
    return outcome;
  }

  private Outcome again(long sellerId) throws EbayApiException {
    ConnectionSteps.Connection connection =
        steps
            .connected(sellerId)
            .orElseThrow(() -> new EbayApiException("No eBay account is connected"));
    return setUp(connection, tokens.accessToken(sellerId));
  }

  /** The seller left while eBay was being set up: eBay is told again to stop, as far as it can. */
  private void stopIfLeft(ConnectionSteps.Connection connection, String accessToken) {
    if (steps.connected(connection.sellerId()).isPresent()) {
      return; // connected again: that connection's own set-up tells eBay what it needs
    }
    try {
      preferences.setUserEvents(accessToken, SUBSCRIBED_EVENTS, false, null);
    } catch (EbayApiException e) {
      LOG.warning(
          "[IDENTITY] Seller "
              + connection.sellerId()
              + " disconnected while eBay was set up, and eBay could not be told to stop: "
              + LogText.safe(e.getMessage()));
    }
  }

  private Result ask(String accessToken, String externalUserData) {
    List<String> problems = new ArrayList<>();
    String ourUrl = pushSync.notificationUrl();
    try {
      EbayNotificationPreferences.ApplicationDelivery delivery =
          preferences.applicationDelivery(accessToken);
      if (!delivery.enabled() || !delivery.applicationUrl().filter(ourUrl::equals).isPresent()) {
        preferences.setApplicationDelivery(accessToken, ourUrl);
      }
    } catch (EbayApiException e) {
      problems.add("Application delivery to " + ourUrl + ": " + e.getMessage());
    }
    Map<String, Boolean> reported = Map.of();
    try {
      preferences.setUserEvents(accessToken, SUBSCRIBED_EVENTS, true, externalUserData);
      reported = preferences.userEvents(accessToken);
    } catch (EbayApiException e) {
      problems.add("Event subscriptions: " + e.getMessage());
    }
    Map<String, Boolean> confirmed = reported;
    List<String> unconfirmed =
        SUBSCRIBED_EVENTS.stream().filter(e -> !Boolean.TRUE.equals(confirmed.get(e))).toList();
    if (!unconfirmed.isEmpty() && problems.isEmpty()) {
      problems.add(
          "eBay does not report these events as enabled: " + String.join(", ", unconfirmed));
    }
    List<String> topics = new ArrayList<>();
    try {
      topics = apiSubscriptions.subscribe(accessToken);
    } catch (EbayApiException | IllegalStateException e) {
      problems.add("Notification API (account deletions, revocations, orders): " + e.getMessage());
    }
    String subscribed =
        String.join(
            ",",
            Stream.concat(
                    confirmed.entrySet().stream()
                        .filter(Map.Entry::getValue)
                        .map(Map.Entry::getKey),
                    topics.stream())
                .toList());
    return new Result(List.copyOf(problems), subscribed);
  }
}
