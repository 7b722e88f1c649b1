package com.qventory.sync.interfaces.seller.web;

import com.qventory.sync.application.seller.ConnectionStatus;
import com.qventory.sync.application.seller.EbayConnections;
import com.qventory.sync.application.seller.NotificationSetUp;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.interfaces.web.Times;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/** Settings → eBay Integration: connect, retry the notification setup, disconnect. */
@Named
@RequestScoped
public class EbayIntegration {

  /** The OAuth state of the consent under way, bound to this session. */
  static final String STATE_ATTRIBUTE = "qventory.ebay.oauth-state";

  /** A message the callback leaves for this page. */
  static final String MESSAGE_ATTRIBUTE = "qventory.ebay.message";

  /** What eBay granted, waiting in the session for the seller to confirm the eBay user. */
  static final String GRANT_ATTRIBUTE = "qventory.ebay.grant";

  static final String CONNECTED_MESSAGE = "Successfully connected to eBay! Real-time sync enabled.";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private EbayConnections connections;

  @Inject private ConnectionStatus status;

  @Inject private NotificationSetUp setUp;

  @Inject private FacesContext faces;

  private Optional<ConnectionStatus.Connection> connection;
  private Optional<CallbackMessage> notice;

  public ConnectionStatus.Connection getConnection() {
    if (connection == null) {
      connection = status.connection();
    }
    return connection.orElse(null);
  }

  /** What the OAuth callback left for this page, shown once. */
  public CallbackMessage getNotice() {
    if (notice == null) {
      Object message = external().getSessionMap().remove(MESSAGE_ATTRIBUTE);
      notice =
          message instanceof CallbackMessage callback ? Optional.of(callback) : Optional.empty();
    }
    return notice.orElse(null);
  }

  /** As eBay reported them, comma-separated. */
  public String getSubscribedEvents() {
    return getConnection() == null ? "" : String.join(", ", getConnection().subscribedEvents());
  }

  public boolean isConnected() {
    return getConnection() != null && getConnection().connected();
  }

  public String getUnavailable() {
    return connections.unavailableBecause().orElse(null);
  }

  /** Sends the seller to eBay's consent page with a fresh state bound to this session. */
  public void connect() throws IOException {
    byte[] state = new byte[24];
    RANDOM.nextBytes(state);
    String value = Base64.getUrlEncoder().withoutPadding().encodeToString(state);
    external().getSessionMap().put(STATE_ATTRIBUTE, value);
    external().redirect(connections.consentUrl(value));
  }

  /** The eBay user eBay says the seller just granted access to, while it awaits confirmation. */
  public String getPendingEbayUser() {
    return pendingGrant().map(grant -> grant.user().userId()).orElse(null);
  }

  /** The seller confirmed the eBay user: it becomes their connection. */
  public String confirmConnection() {
    Optional<EbayConnections.Grant> grant = pendingGrant();
    external().getSessionMap().remove(GRANT_ATTRIBUTE);
    CallbackMessage message;
    if (grant.isEmpty()) {
      message = new CallbackMessage("Nothing to confirm: connect to eBay first.", true);
    } else {
      try {
        NotificationSetUp.Outcome outcome = connections.connect(grant.get());
        connections.startInitialImport();
        message =
            outcome.complete()
                ? new CallbackMessage(CONNECTED_MESSAGE, false)
                : new CallbackMessage(
                    "Connected to eBay, but the notification setup is incomplete: "
                        + String.join("; ", outcome.problems())
                        + ". Use “Retry setup”.",
                    true);
      } catch (EbayApiException e) {
        message = new CallbackMessage("Connecting to eBay failed: " + e.getMessage(), true);
      }
    }
    external().getSessionMap().put(MESSAGE_ATTRIBUTE, message);
    return "/seller/ebay.xhtml?faces-redirect=true";
  }

  /** Not this eBay user: nothing is linked, and eBay's grant is forgotten. */
  public String cancelConnection() {
    Optional<String> user = Optional.ofNullable(getPendingEbayUser());
    external().getSessionMap().remove(GRANT_ATTRIBUTE);
    external()
        .getSessionMap()
        .put(
            MESSAGE_ATTRIBUTE,
            new CallbackMessage(
                user.map(u -> "eBay user " + u + " was not connected.")
                    .orElse("Nothing was connected."),
                false));
    return "/seller/ebay.xhtml?faces-redirect=true";
  }

  private Optional<EbayConnections.Grant> pendingGrant() {
    return external().getSessionMap().get(GRANT_ATTRIBUTE) instanceof EbayConnections.Grant grant
        ? Optional.of(grant)
        : Optional.empty();
  }

  public String retrySetup() {
    try {
      NotificationSetUp.Outcome outcome = setUp.retry();
      report(outcome);
    } catch (EbayApiException e) {
      error(e.getMessage());
    }
    connection = null;
    return null;
  }

  public String reconcileNow() {
    ConnectionStatus.Connection shown = getConnection();
    if (shown != null && shown.reconnectNeededSince() != null) {
      // polling needs tokens eBay accepts (a page opened before access was revoked still has the
      // button)
      error("eBay no longer accepts Qventory's access: connect eBay again, then check.");
      return null;
    }
    ConnectionStatus.CheckNow outcome = status.reconcileNow();
    connection = null;
    if (outcome instanceof ConnectionStatus.Paused paused) {
      error(
          "eBay's call limit is reached: checking resumes "
              + Times.in(paused.until(), Instant.now())
              + ". Notifications still arrive meanwhile.");
    } else if (outcome instanceof ConnectionStatus.CoolingDown cooling) {
      Instant now = Instant.now();
      error(
          "eBay was checked "
              + Times.ago(cooling.lastChecked(), now)
              + ": you can check again "
              + Times.in(cooling.until(), now)
              + ". Notifications still arrive meanwhile.");
    } else {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              "Checking eBay now: the outcome shows under Last reconciliation when it is done.",
              null));
    }
    return null;
  }

  public String disconnect() {
    connections
        .disconnect()
        .ifPresentOrElse(
            this::error,
            () ->
                faces.addMessage(
                    null,
                    new FacesMessage(
                        FacesMessage.SEVERITY_INFO,
                        "Disconnected from eBay. Your inventory stays as it is.",
                        null)));
    connection = null;
    return null;
  }

  private void report(NotificationSetUp.Outcome outcome) {
    if (outcome.complete()) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, CONNECTED_MESSAGE, null));
    } else {
      outcome.problems().forEach(this::error);
    }
  }

  private void error(String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  private ExternalContext external() {
    return faces.getExternalContext();
  }

  /** What the callback tells the page after the redirect (getters: EL 5 reads no records). */
  public static final class CallbackMessage implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String text;
    private final boolean error;

    CallbackMessage(String text, boolean error) {
      this.text = text;
      this.error = error;
    }

    public String getText() {
      return text;
    }

    public boolean isError() {
      return error;
    }
  }
}
