package com.qventory.sync.application.webhook.processing;

import com.qventory.sync.application.Failures;
import com.qventory.sync.application.inventory.EbayAnswers;
import com.qventory.sync.application.inventory.EbayQuestions;
import com.qventory.sync.application.webhook.WebhookSettings;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.webhook.WebhookEventStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit: notifications that arrive together are applied together, several to one
 * transaction, instead of a transaction (and a commit waiting for PostgreSQL's disk) each.
 *
 * <p>A message-driven bean hands its notification in and waits. An applier takes whatever is
 * waiting (up to {@link WebhookSettings#batchSize}), applies it in one transaction ({@link
 * PlatformChannel#processAll}) and gives every bean its outcome, so a bean still acknowledges its
 * message only once the notification's effect is committed: a crash before that redelivers it,
 * exactly as with one transaction per message. Batches form by themselves under load and are single
 * notifications when it is quiet. When a batch fails, its notifications are applied one by one,
 * each in its own transaction, so one bad notification fails alone and the bean records its failure
 * as before. This bean itself holds no transaction: a bean waiting for its batch holds nothing
 * open, and each attempt at a notification is a transaction of its own.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationBatches {

  private static final Logger LOG = Logger.getLogger(NotificationBatches.class.getName());

  /** Longer than any transaction may take: a bean never waits for ever. */
  private static final long MAX_WAIT_MINUTES = 15;

  private record Waiting(
      InboundNotification inbound, CompletableFuture<WebhookEventStatus> outcome) {}

  @Inject private PlatformChannel processor;

  @Inject private ChannelHandlers handlers;

  @Inject private WebhookSettings settings;

  @Inject private EbayQuestions questions;

  @Resource private ManagedThreadFactory threads;

  private final BlockingQueue<Waiting> waiting = new LinkedBlockingQueue<>();
  private final List<Thread> appliers = new ArrayList<>();
  private volatile boolean running = true;

  @PostConstruct
  void startAppliers() {
    for (int i = 1; i <= settings.appliers(); i++) {
      Thread applier = threads.newThread(this::applyWhileRunning);
      applier.setName("qventory-notification-applier-" + i);
      appliers.add(applier);
      applier.start();
    }
  }

  @PreDestroy
  void stopAppliers() {
    running = false;
    appliers.forEach(Thread::interrupt);
    for (Thread applier : appliers) {
      try {
        applier.join(TimeUnit.SECONDS.toMillis(30));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    // Not applied: the beans throw, and their messages are delivered again after the restart.
    List<Waiting> left = new ArrayList<>();
    waiting.drainTo(left);
    left.forEach(w -> w.outcome().completeExceptionally(new IllegalStateException("Stopping")));
  }

  /**
   * Applies the notification, together with any others waiting, and returns once its effect is
   * committed.
   *
   * @throws Exception what applying it alone threw
   */
  public WebhookEventStatus process(InboundNotification inbound) throws Exception {
    if (inbound.channel() != processor.channel() || inbound.confirmWithEbay()) {
      // Only SOAP notifications are batched; one whose body is not believed needs eBay's word,
      // and is applied on its own.
      return alone(inbound);
    }
    CompletableFuture<WebhookEventStatus> outcome = new CompletableFuture<>();
    waiting.add(new Waiting(inbound, outcome));
    try {
      return outcome.get(MAX_WAIT_MINUTES, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "Not applied within " + MAX_WAIT_MINUTES + " minutes; redelivering", e);
    }
  }

  /**
   * Applies one notification in a transaction of its own. When it needs eBay's word (GetItem,
   * GetOrders), its transaction is rolled back, eBay is asked with none open, and it is applied
   * again with the answer: no transaction waits for eBay.
   */
  private WebhookEventStatus alone(InboundNotification inbound) throws Exception {
    EbayAnswers answers = new EbayAnswers();
    for (int asked = 0; ; asked++) {
      try {
        return handlers.of(inbound.channel()).process(inbound, answers);
      } catch (EbayAnswers.Needed needed) {
        if (asked == MAX_QUESTIONS) {
          throw new IllegalStateException("Still needs eBay's word after " + asked + " answers");
        }
        try {
          answers.answer(needed.question(), questions.ask(needed.question()));
        } catch (EbayApiException e) {
          throw new IllegalStateException(
              "eBay could not be asked (" + needed.question() + "): " + e.getMessage(), e);
        }
      }
    }
  }

  /** More than one notification ever needs: a defect rather than a loop. */
  private static final int MAX_QUESTIONS = 4;

  private void applyWhileRunning() {
    int batchSize = settings.batchSize();
    while (running) {
      List<Waiting> batch = new ArrayList<>(batchSize);
      try {
        batch.add(waiting.take());
      } catch (InterruptedException e) {
        return;
      }
      waiting.drainTo(batch, batchSize - 1);
      try {
        apply(batch);
      } catch (RuntimeException | Error e) {
        // Never leave a bean waiting: whatever went wrong, each one hears of it.
        LOG.log(Level.SEVERE, "[PLATFORM] Applying a batch failed unexpectedly", e);
        batch.forEach(w -> w.outcome().completeExceptionally(e));
      }
    }
  }

  private void apply(List<Waiting> batch) {
    if (batch.size() > 1) {
      try {
        List<WebhookEventStatus> statuses =
            processor.processAll(batch.stream().map(Waiting::inbound).toList());
        for (int i = 0; i < batch.size(); i++) {
          batch.get(i).outcome().complete(statuses.get(i));
        }
        return;
      } catch (RuntimeException batchFailed) {
        LOG.fine(
            () ->
                "[PLATFORM] A batch of "
                    + batch.size()
                    + " failed ("
                    + Failures.rootCauseMessage(batchFailed)
                    + "); applying them one by one");
      }
    }
    for (Waiting one : batch) {
      try {
        one.outcome().complete(alone(one.inbound()));
      } catch (Exception e) {
        one.outcome().completeExceptionally(e);
      }
    }
  }
}
