package com.qventory.sync.application.seller;

import com.qventory.sync.application.LogText;
import com.qventory.sync.application.identity.Callers;
import com.qventory.sync.application.inventory.InitialImport;
import com.qventory.sync.application.inventory.Reconciliation;
import com.qventory.sync.application.webhook.WebhookSettings;
import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.EbayAccount.SubscriptionStatus;
import com.qventory.sync.domain.seller.EbayApi;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.seller.ImportProgress;
import com.qventory.sync.domain.seller.SellerRepository;
import com.qventory.sync.domain.seller.StoredTokens;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A seller connects their eBay account: consent, tokens (encrypted at rest), who they are on eBay,
 * and Platform Notifications set up and verified — the application-level delivery if eBay does not
 * have ours yet, then the seller's own events with a tenant key as ExternalUserData.
 */
@Stateless
@RolesAllowed({"seller", "admin"})
public class EbayConnections {

  /** The events a connected seller is subscribed to: every one that changes a listing. */
  public static final List<String> SUBSCRIBED_EVENTS =
      List.of(
          "ItemListed",
          "ItemRevised",
          "ItemClosed",
          "ItemSold",
          "ItemUnsold",
          "ItemSuspended",
          "ItemOutOfStock",
          "ItemExtended",
          "FixedPriceTransaction",
          "AuctionCheckoutComplete");

  private static final Logger LOG = Logger.getLogger(EbayConnections.class.getName());

  /** What the seller is told after connecting or retrying. */
  public record Outcome(boolean complete, List<String> problems) {}

  /** The status panel. */
  public record Connection(
      boolean connected,
      String ebayUserId,
      SubscriptionStatus subscription,
      String subscriptionDetail,
      List<String> subscribedEvents,
      Instant tokenExpires,
      Instant setupAt,
      Instant lastNotification,
      ImportProgress.Status importStatus,
      Integer importDone,
      Integer importTotal,
      String importError,
      Instant reconciledAt,
      Integer reconciledChanges,
      String reconcileError,
      boolean reconciling,
      Instant reconnectNeededSince,
      String reconnectReason) {

    public boolean importing() {
      return importStatus == ImportProgress.Status.RUNNING;
    }
  }

  @Inject private EbayApi ebay;

  @Inject private InitialImport initialImport;

  @Inject private Reconciliation reconciliation;

  @Inject private SellerRepository sellers;

  @Inject private com.qventory.sync.domain.webhook.WebhookEventRepository events;

  @Inject private EbayTokens tokens;

  @Inject private WebhookSettings pushSync;

  @Inject private Clock clock;

  @Resource private EJBContext context;

  @Inject private Callers callers;

  private final SecureRandom random = new SecureRandom();

  /** Why connecting is impossible right now, if it is. */
  public Optional<String> unavailableBecause() {
    List<String> missing = pushSync.missingSettings();
    return missing.isEmpty()
        ? Optional.empty()
        : Optional.of(
            "Push sync is unavailable: " + String.join(", ", missing) + " not configured.");
  }

  public String consentUrl(String state) {
    return ebay.consentUrl(state);
  }

  public Optional<Connection> connection() {
    return sellers.findBySellerId(callerId()).map(this::view);
  }

  /** The callback: the code from eBay's consent becomes a connected, subscribed account. */
  /**
   * What eBay granted, not linked to anything yet: the seller confirms which eBay user this is
   * before it becomes their connection ({@link #connect(Grant)}). Kept only in the seller's
   * session, never stored or logged.
   */
  public record Grant(EbayApi.Tokens tokens, EbayApi.EbayUser user) {

    @Override
    public String toString() {
      return "Grant[eBay user " + user.userId() + ", tokens hidden]";
    }
  }

  /**
   * Exchanges the consent's code and asks eBay whose it is.
   *
   * @throws EbayApiException when eBay refuses, or the eBay user is another seller's connection
   */
  public Grant grant(String code) throws EbayApiException {
    long sellerId = callerId();
    EbayApi.Tokens granted = ebay.exchangeCode(code);
    EbayApi.EbayUser user = ebay.getUser(granted.accessToken());
    refuseIfAnotherSellers(user, sellerId);
    return new Grant(granted, user);
  }

  private void refuseIfAnotherSellers(EbayApi.EbayUser user, long sellerId)
      throws EbayApiException {
    Optional<EbayAccount> holder = sellers.findByEbayUserId(user.userId());
    if (holder.isPresent() && holder.get().getSellerId() != sellerId) {
      throw new EbayApiException(
          "The eBay account "
              + user.userId()
              + " is already connected to another Qventory account");
    }
  }

  /** Links the eBay user the seller confirmed and sets up notifications. */
  public Outcome connect(Grant grant) throws EbayApiException {
    long sellerId = callerId();
    EbayApi.Tokens granted = grant.tokens();
    EbayApi.EbayUser user = grant.user();
    refuseIfAnotherSellers(user, sellerId); // again: another seller may have confirmed meanwhile
    Instant now = clock.instant();
    EbayAccount account =
        sellers
            .findBySellerId(sellerId)
            .orElseGet(
                () -> {
                  EbayAccount created = new EbayAccount(sellerId, user.userId(), null, null, now);
                  sellers.addAccount(created);
                  return created;
                });
    account.connect(user.userId(), now);
    String tenantKey =
        account.getExternalUserData() != null ? account.getExternalUserData() : "qv-" + randomKey();
    account.identify(user.eiasToken().orElse(null), tenantKey);
    tokens.store(account, granted);
    LOG.info(
        "[IDENTITY] Seller " + sellerId + " connected eBay user " + LogText.safe(user.userId()));
    account.importStarted();
    return setUp(account, granted.accessToken());
  }

  /**
   * Starts the one-time import of the seller's active listings, in the background. Called after
   * {@link #connect} has committed, so that the import sees the connected account.
   */
  public void startInitialImport() throws EbayApiException {
    EbayAccount account = connectedAccount();
    if (account.getImportProgress().getStatus() != ImportProgress.Status.RUNNING) {
      account.importStarted();
    }
    initialImport.run(account.getSellerId(), tokens.accessToken(account));
  }

  /** The admin's "Repair subscription": the seller's setup with eBay, done again. */
  @RolesAllowed("admin")
  public Outcome repair(long sellerId) throws EbayApiException {
    EbayAccount account =
        sellers
            .findBySellerId(sellerId)
            .filter(a -> a.getStatus() == EbayAccount.Status.CONNECTED)
            .orElseThrow(() -> new EbayApiException("Seller " + sellerId + " is not connected"));
    Outcome outcome = setUp(account, tokens.accessToken(account));
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

  public Outcome retrySetup() throws EbayApiException {
    EbayAccount account = connectedAccount();
    return setUp(account, tokens.accessToken(account));
  }

  /** What became of "Check eBay now". */
  public sealed interface CheckNow permits Started, Paused, CoolingDown {}

  /** A pass runs in the background. */
  public record Started() implements CheckNow {}

  /** eBay's call limit paused checking this seller until then: nothing was started. */
  public record Paused(Instant until) implements CheckNow {}

  /** eBay was checked for this seller a moment ago: the next check may start then. */
  public record CoolingDown(Instant lastChecked, Instant until) implements CheckNow {}

  /**
   * How long after a pass ended (scheduled or asked for) the seller may ask for another: each pass
   * spends eBay calls the whole application shares.
   */
  @Inject
  @ConfigProperty(name = "qventory.reconcile.check-now-cool-down", defaultValue = "PT5M")
  private Duration checkNowCoolDown;

  /**
   * Checks eBay now for what notifications may have missed (GetSellerEvents), as the scheduled
   * reconciliation does — in the background: eBay's answers can take minutes, which no request
   * thread should wait for. The eBay Integration page shows the pass running and then its outcome.
   * Refused while eBay's call limit pauses the seller, and for {@code
   * qventory.reconcile.check-now-cool-down} after the seller's last pass.
   */
  public CheckNow reconcileNow() {
    long sellerId = callerId();
    Instant now = clock.instant();
    Optional<EbayAccount> account = sellers.findBySellerId(sellerId);
    Optional<Instant> paused = account.flatMap(a -> a.reconcilePausedAt(now));
    if (paused.isPresent()) {
      return new Paused(paused.get());
    }
    Optional<Instant> lastChecked = account.map(EbayAccount::getReconciledAt);
    if (lastChecked.isPresent() && lastChecked.get().plus(checkNowCoolDown).isAfter(now)) {
      return new CoolingDown(lastChecked.get(), lastChecked.get().plus(checkNowCoolDown));
    }
    reconciliation.checkNow(sellerId);
    return new Started();
  }

  /** Stops the seller's notifications at eBay and forgets the tokens; the inventory stays. */
  public Optional<String> disconnect() {
    EbayAccount account;
    try {
      account = connectedAccount();
    } catch (EbayApiException e) {
      return Optional.of(e.getMessage());
    }
    Optional<String> problem = Optional.empty();
    try {
      ebay.setUserEvents(tokens.accessToken(account), SUBSCRIBED_EVENTS, false, null);
    } catch (EbayApiException e) {
      problem = Optional.of("eBay was not told to stop notifications: " + e.getMessage());
    }
    account.disconnect(clock.instant());
    LOG.info(
        "[IDENTITY] Seller "
            + account.getSellerId()
            + " disconnected eBay user "
            + LogText.safe(account.getEbayUserId()));
    return problem;
  }

  @Inject private NotificationApiSubscriptions apiSubscriptions;

  private Outcome setUp(EbayAccount account, String accessToken) {
    List<String> problems = new ArrayList<>();
    String ourUrl = pushSync.notificationUrl();
    try {
      EbayApi.ApplicationDelivery delivery = ebay.applicationDelivery(accessToken);
      if (!delivery.enabled() || !delivery.applicationUrl().filter(ourUrl::equals).isPresent()) {
        ebay.setApplicationDelivery(accessToken, ourUrl);
      }
    } catch (EbayApiException e) {
      problems.add("Application delivery to " + ourUrl + ": " + e.getMessage());
    }
    Map<String, Boolean> reported = Map.of();
    try {
      ebay.setUserEvents(accessToken, SUBSCRIBED_EVENTS, true, account.getExternalUserData());
      reported = ebay.userEvents(accessToken);
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
            java.util.stream.Stream.concat(
                    confirmed.entrySet().stream()
                        .filter(Map.Entry::getValue)
                        .map(Map.Entry::getKey),
                    topics.stream())
                .toList());
    account.subscription(
        problems.isEmpty() ? SubscriptionStatus.ACTIVE : SubscriptionStatus.PARTIAL,
        problems.isEmpty() ? null : String.join("; ", problems),
        subscribed,
        clock.instant());
    return new Outcome(problems.isEmpty(), problems);
  }

  private EbayAccount connectedAccount() throws EbayApiException {
    return sellers
        .findBySellerId(callerId())
        .filter(a -> a.getStatus() == EbayAccount.Status.CONNECTED)
        .orElseThrow(() -> new EbayApiException("No eBay account is connected"));
  }

  private Connection view(EbayAccount a) {
    return new Connection(
        a.getStatus() == EbayAccount.Status.CONNECTED,
        a.getEbayUserId(),
        a.getSubscriptionStatus(),
        a.getSubscriptionDetail(),
        a.getSubscribedEvents() == null || a.getSubscribedEvents().isEmpty()
            ? List.of()
            : List.of(a.getSubscribedEvents().split(",")),
        a.getTokens().map(StoredTokens::accessTokenExpiresAt).orElse(null),
        a.getSetupAt(),
        events.lastReceivedFor(a.getSellerId()).orElse(null),
        a.getImportProgress().getStatus(),
        a.getImportProgress().getDone(),
        a.getImportProgress().getTotal(),
        a.getImportProgress().getError(),
        a.getReconciledAt(),
        a.getReconciledChanges(),
        a.getReconcileError(),
        sellers.reconciliationRunning(a.getSellerId(), clock.instant()),
        a.getReconnectNeededSince().orElse(null),
        a.getReconnectReason());
  }

  private String randomKey() {
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private long callerId() {
    return callers.idOf(context.getCallerPrincipal());
  }
}
