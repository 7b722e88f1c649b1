package com.qventory.sync.application.inventory;

import com.qventory.sync.domain.seller.SellerRepository;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * eBay tells applications to poll as well, because notifications can be missed: every {@code
 * qventory.reconcile.interval} each connected seller's listings modified since the last pass
 * (GetSellerEvents) are compared with the inventory and corrected. One seller at a time, one node
 * per seller (an advisory lock decides), each in its own transaction.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Reconciliation {

  private static final Logger LOG = Logger.getLogger(Reconciliation.class.getName());

  @Resource private TimerService timers;

  @Inject private SellerRepository sellers;

  @Inject private ReconcilePass pass;

  @Inject
  @ConfigProperty(name = "qventory.reconcile.interval", defaultValue = "PT15M")
  private Duration interval;

  @PostConstruct
  void schedule() {
    if (interval.isZero() || interval.isNegative()) {
      LOG.info(
          "[RECONCILE] Scheduled reconciliation is off (qventory.reconcile.interval = "
              + interval
              + ")");
      return;
    }
    timers.createIntervalTimer(
        interval.toMillis(), interval.toMillis(), new TimerConfig(null, false));
  }

  /** One seller's pass now, in the background ("Check eBay now"). */
  @Asynchronous
  public void checkNow(long sellerId) {
    pass.reconcile(sellerId);
  }

  @Timeout
  void everyInterval() {
    int corrected = 0;
    for (long sellerId : sellers.connectedSellerIds()) {
      corrected += pass.reconcile(sellerId);
    }
    if (corrected > 0) {
      LOG.info("[RECONCILE] Corrected " + corrected + " item(s) that notifications had missed");
    }
  }
}
