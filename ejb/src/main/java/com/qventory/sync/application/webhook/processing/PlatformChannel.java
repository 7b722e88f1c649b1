package com.qventory.sync.application.webhook.processing;

import com.qventory.sync.application.inventory.EbayAnswers;
import com.qventory.sync.application.inventory.ListingSync;
import com.qventory.sync.application.webhook.NotificationReader;
import com.qventory.sync.application.webhook.WebhookSettings;
import com.qventory.sync.application.webhook.processing.EventLog.Outcome;
import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.inventory.SyncSource;
import com.qventory.sync.domain.webhook.DedupKey;
import com.qventory.sync.domain.webhook.EventKind;
import com.qventory.sync.domain.webhook.IdempotencyLedger;
import com.qventory.sync.domain.webhook.MalformedNotificationException;
import com.qventory.sync.domain.webhook.NotificationChannel;
import com.qventory.sync.domain.webhook.PlatformNotification;
import com.qventory.sync.domain.webhook.Sha256;
import com.qventory.sync.domain.webhook.SignatureRegister;
import com.qventory.sync.domain.webhook.WebhookEvent;
import com.qventory.sync.domain.webhook.WebhookEventRepository;
import com.qventory.sync.domain.webhook.WebhookEventStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The SOAP Platform Notifications' handler: applies one to the seller's inventory, in one
 * transaction with its event-log row ({@link EventLog}): either both commit or neither does.
 * Exactly once per idempotency key ({@link DedupKey}), and never older eBay state over newer.
 *
 * <p>Before a body is believed, its signed Timestamp is claimed in the shared register of accepted
 * signatures, in the same transaction ({@link SignatureClaims}): a body that came after another
 * under the same Timestamp — on another node, before a restart, or while the webhook could not ask
 * the register — is not believed; its listing is asked from eBay instead.
 */
@Stateless
@Local(ChannelHandler.class)
@LocalBean // batches use processAll, beyond the channel handler's methods
@PermitAll
public class PlatformChannel implements ChannelHandler {

  @Inject private WebhookEventRepository events;

  @Inject private EventLog eventLog;

  @Inject private IdempotencyLedger ledger;

  @Inject private TenantResolver tenants;

  @Inject private NotificationReader reader;

  @Inject private ListingSync listings;

  @Inject private WorkInProgress work;

  @Inject private Clock clock;

  @Inject private SignatureClaims signatures;

  @Inject private WebhookSettings settings;

  @Override
  public NotificationChannel channel() {
    return NotificationChannel.PLATFORM;
  }

  @Override
  public WebhookEvent newEvent(InboundNotification inbound, Instant now) {
    return new WebhookEvent(
        inbound.notificationId(),
        PlatformNotification.eventNameFromSoapAction(inbound.soapAction())
            .orElse(PlatformNotification.UNKNOWN_EVENT),
        inbound.soapAction(),
        inbound.rawPayload(),
        inbound.receivedAt(),
        now,
        inbound.confirmWithEbay());
  }

  @Override
  public void describeIfReadable(WebhookEvent event, InboundNotification inbound) {
    try {
      event.describe(reader.read(inbound.rawPayload(), inbound.soapAction()));
    } catch (MalformedNotificationException e) {
      // described by its error instead
    }
  }

  @Override
  public WebhookEventStatus process(InboundNotification inbound, EbayAnswers answers)
      throws MalformedNotificationException {
    PlatformNotification notification = reader.read(inbound.rawPayload(), inbound.soapAction());
    boolean believed = firstBodies(List.of(inbound), List.of(notification)).get(0);
    return apply(
        believed ? inbound : inbound.confirmingWithEbay(),
        notification,
        true,
        new HashMap<>(),
        answers);
  }

  /**
   * Applies several notifications in one transaction: all their effects commit together, or none
   * does. They are applied in the order of their listings (a listing's own notifications keep their
   * order), so that batches applied at the same time lock listings in the same order and never wait
   * for each other in a cycle.
   *
   * @return what became of each notification, in the order given
   * @throws BatchFailedException when any of them fails: nothing is committed, and the caller
   *     applies them one by one to find out which
   */
  public List<WebhookEventStatus> processAll(List<InboundNotification> batch) {
    try {
      List<PlatformNotification> read = new ArrayList<>(batch.size());
      for (InboundNotification inbound : batch) {
        read.add(reader.read(inbound.rawPayload(), inbound.soapAction()));
      }
      List<Boolean> believed = firstBodies(batch, read);
      if (believed.contains(false)) {
        // Asks eBay: applied on its own, so that no batch holds its locks while eBay answers.
        throw new BatchFailedException(
            new IllegalStateException("A body came after another under its signed Timestamp"));
      }
      Integer[] order = new Integer[batch.size()];
      Arrays.setAll(order, i -> i);
      Arrays.sort(order, Comparator.comparing(i -> read.get(i).ebayItemId().orElse("")));
      // Most notifications are new: which of them were recorded before is asked once per batch.
      Set<UUID> recorded =
          events.recordedAmong(batch.stream().map(InboundNotification::notificationId).toList());
      WebhookEventStatus[] statuses = new WebhookEventStatus[batch.size()];
      Map<List<Optional<String>>, Optional<Long>> tenantsOfBatch = new HashMap<>();
      for (int i : order) {
        InboundNotification inbound = batch.get(i);
        statuses[i] =
            apply(
                inbound,
                read.get(i),
                recorded.contains(inbound.notificationId()),
                tenantsOfBatch,
                new EbayAnswers());
        work.writeAndRelease();
      }
      return Arrays.asList(statuses);
    } catch (MalformedNotificationException | RuntimeException e) {
      throw new BatchFailedException(e);
    }
  }

  /**
   * Whether each body may be believed: it was queued to be believed, and its signed Timestamp is
   * claimed for it (or was claimed for the same body before) in the shared register.
   */
  private List<Boolean> firstBodies(
      List<InboundNotification> batch, List<PlatformNotification> read) {
    List<SignatureRegister.Claim> claims = new ArrayList<>();
    List<String> digests = new ArrayList<>();
    for (int i = 0; i < batch.size(); i++) {
      PlatformNotification notification = read.get(i);
      String digest = Sha256.hex(batch.get(i).rawPayload());
      digests.add(digest);
      if (!batch.get(i).confirmWithEbay() && notification.timestampText().isPresent()) {
        claims.add(
            new SignatureRegister.Claim(
                notification.timestampText().get(),
                digest,
                notification
                    .ebayTimestamp()
                    .orElse(batch.get(i).receivedAt())
                    .plus(settings.timestampTolerance())));
      }
    }
    Map<String, String> first = signatures.claimAll(claims);
    List<Boolean> believed = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      String firstBody = read.get(i).timestampText().map(first::get).orElse(null);
      believed.add(
          !batch.get(i).confirmWithEbay()
              && (firstBody == null || firstBody.equals(digests.get(i))));
    }
    return believed;
  }

  /** A batch could not be applied; its transaction is rolled back. */
  @ApplicationException(rollback = true)
  public static class BatchFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BatchFailedException(Exception cause) {
      super(cause.getMessage(), cause);
    }
  }

  /**
   * @param mayBeRecorded whether the notification's event row may exist already (a redelivery or a
   *     replay); when not, it is inserted without being looked for
   * @param tenantsOfBatch who the eBay users named so far in this transaction are: a batch's
   *     notifications are mostly for a few sellers, each looked up once
   */
  private WebhookEventStatus apply(
      InboundNotification inbound,
      PlatformNotification notification,
      boolean mayBeRecorded,
      Map<List<Optional<String>>, Optional<Long>> tenantsOfBatch,
      EbayAnswers answers) {
    EventLog.Opened opened = eventLog.open(inbound, mayBeRecorded, e -> e.describe(notification));
    if (opened.settled()) {
      return opened.settledAs(); // a redelivery of a message whose effect is committed
    }
    WebhookEvent event = opened.event();
    Instant now = clock.instant();

    EventKind kind = EventKind.of(notification.eventName());
    Optional<String> itemId = notification.ebayItemId();
    if (kind == EventKind.OTHER || itemId.isEmpty()) {
      return eventLog.settle(inbound, event, Outcome.of(WebhookEventStatus.IGNORED));
    }
    Optional<Long> seller = sellerOf(notification, tenantsOfBatch);
    if (seller.isEmpty()) {
      return eventLog.settle(inbound, event, Outcome.of(WebhookEventStatus.UNMATCHED));
    }
    Optional<ListingSync.ListingState> state =
        inbound.confirmWithEbay()
            ? confirmedState(seller.get(), itemId.get(), notification, event, answers)
            : Optional.of(stateOf(inbound, notification, kind, event));
    if (state.isEmpty()) {
      return eventLog.settle(inbound, event, Outcome.of(WebhookEventStatus.UNMATCHED));
    }
    DedupKey key = DedupKey.of(notification);
    AtomicReference<Long> duplicateOf = new AtomicReference<>();
    ListingSync.Once once =
        () -> {
          Optional<Long> first = ledger.claim(key, event.getId(), now);
          first.ifPresent(duplicateOf::set);
          return first.isEmpty();
        };
    ListingSync.Result result = listings.apply(seller.get(), itemId.get(), state.get(), once);
    Outcome outcome =
        switch (result.outcome()) {
          case APPLIED, UNCHANGED ->
              new Outcome(WebhookEventStatus.PROCESSED, seller.get(), key.text(), null);
          case STALE -> new Outcome(WebhookEventStatus.STALE, seller.get(), key.text(), null);
          case DUPLICATE ->
              new Outcome(
                  WebhookEventStatus.DUPLICATE, seller.get(), key.text(), duplicateOf.get());
          // The listing is another seller's: never touch their data, whatever a notification says.
          case NOT_OWNER -> Outcome.of(WebhookEventStatus.UNMATCHED);
        };
    return eventLog.settle(inbound, event, outcome);
  }

  private static ListingSync.ListingState stateOf(
      InboundNotification inbound,
      PlatformNotification notification,
      EventKind kind,
      WebhookEvent event) {
    return new ListingSync.ListingState(
        SyncSource.NOTIFICATION,
        notification.eventName(),
        event.getId(),
        notification.ebayTimestamp().orElse(inbound.receivedAt()),
        kind == EventKind.SUSPENDED ? Optional.empty() : notification.listing(),
        kind == EventKind.SALE ? notification.sales() : List.of(),
        kind == EventKind.SUSPENDED);
  }

  /**
   * The listing as eBay has it now, in place of what the body says; no sales (GetItem does not
   * confirm them; its quantities do). Empty when the listing is not the named seller's on eBay.
   */
  private Optional<ListingSync.ListingState> confirmedState(
      long sellerId,
      String itemId,
      PlatformNotification notification,
      WebhookEvent event,
      EbayAnswers answers) {
    Optional<EbayListing> truth = answers.listing(sellerId, itemId);
    return truth.map(
        listing ->
            new ListingSync.ListingState(
                SyncSource.NOTIFICATION,
                notification.eventName(),
                event.getId(),
                clock.instant(),
                Optional.of(listing),
                List.of(),
                false));
  }

  private Optional<Long> sellerOf(
      PlatformNotification notification, Map<List<Optional<String>>, Optional<Long>> known) {
    List<Optional<String>> names =
        List.of(
            notification.recipientUserId(),
            notification.eiasToken(),
            notification.externalUserData());
    if (names.stream().allMatch(Optional::isEmpty)) {
      return tenants.sellerOf(notification); // found through the listing, not a name
    }
    Optional<Long> seller = known.get(names);
    if (seller == null) {
      seller = tenants.sellerOf(notification);
      known.put(names, seller);
    }
    return seller;
  }
}
