package com.qventory.sync.application.seller;

import com.qventory.sync.application.identity.Callers;
import com.qventory.sync.application.inventory.Reconciliation;
import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.EbayAccount.SubscriptionStatus;
import com.qventory.sync.domain.seller.ImportProgress;
import com.qventory.sync.domain.seller.SellerRepository;
import com.qventory.sync.domain.seller.StoredTokens;
import com.qventory.sync.domain.webhook.WebhookEventRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A seller's connection to eBay as the eBay Integration page shows it, and "Check eBay now". */
@Stateless
@RolesAllowed({"seller", "admin"})
public class ConnectionStatus {

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
      Instant reconcilePausedUntil,
      boolean reconciling,
      Instant reconnectNeededSince,
      String reconnectReason) {

    public boolean importing() {
      return importStatus == ImportProgress.Status.RUNNING;
    }
  }

  @Inject private SellerRepository sellers;

  @Inject private WebhookEventRepository events;

  @Inject private Reconciliation reconciliation;

  @Inject private Clock clock;

  @Inject private Callers callers;

  @Resource private EJBContext context;

  public Optional<Connection> connection() {
    return sellers.findBySellerId(callerId()).map(this::view);
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
        a.reconcilePausedAt(clock.instant()).orElse(null),
        sellers.reconciliationRunning(a.getSellerId(), clock.instant()),
        a.getReconnectNeededSince().orElse(null),
        a.getReconnectReason());
  }

  private long callerId() {
    return callers.idOf(context.getCallerPrincipal());
  }
}
