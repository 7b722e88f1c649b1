package com.qventory.sync.infrastructure.persistence.jpa;

import com.qventory.sync.domain.webhook.EventLogPosition;
import com.qventory.sync.domain.webhook.ProcessingAttempt;
import com.qventory.sync.domain.webhook.WebhookEvent;
import com.qventory.sync.domain.webhook.WebhookEventFilter;
import com.qventory.sync.domain.webhook.WebhookEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class JpaWebhookEventRepository implements WebhookEventRepository {

  @PersistenceContext(unitName = "qventory")
  private EntityManager entityManager;

  @Override
  public void add(WebhookEvent event) {
    entityManager.persist(event);
    entityManager.flush();
  }

  @Override
  public Optional<WebhookEvent> find(long id) {
    return Optional.ofNullable(entityManager.find(WebhookEvent.class, id));
  }

  @Override
  public void addAttempt(ProcessingAttempt attempt) {
    entityManager.persist(attempt);
  }

  @Override
  public List<ProcessingAttempt> attemptsOf(long eventId) {
    return entityManager
        .createQuery(
            "SELECT a FROM ProcessingAttempt a WHERE a.eventId = :eventId ORDER BY a.number, a.id",
            ProcessingAttempt.class)
        .setParameter("eventId", eventId)
        .getResultList();
  }

  @Override
  public Optional<WebhookEvent> findByNotificationIdForUpdate(UUID notificationId) {
    return entityManager
        .createNamedQuery(WebhookEvent.FIND_BY_NOTIFICATION_ID, WebhookEvent.class)
        .setParameter("notificationId", notificationId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The advisory lock that makes one node prune at a time ("qv-prune"). */
  private static final long PRUNING_LOCK = 0x71762d7072756e65L;

  @Override
  public OptionalInt pruneSettled(Instant before, int limit) {
    Object mine =
        entityManager
            .createNativeQuery("SELECT pg_try_advisory_xact_lock(?)")
            .setParameter(1, PRUNING_LOCK)
            .getSingleResult();
    if (!Boolean.TRUE.equals(mine)) {
      return OptionalInt.empty();
    }
    // One statement: every reference lets go of the doomed events, then they go. A row is never
    // both updated and deleted (duplicates among the doomed are simply deleted).
    int deleted =
        entityManager
            .createNativeQuery(
                "WITH doomed AS MATERIALIZED (SELECT e.id FROM webhook_event e"
                    + " WHERE e.status IN ('PROCESSED', 'DUPLICATE', 'STALE', 'UNMATCHED', 'IGNORED')"
                    + " AND e.received_at < ?1"
                    + " AND NOT EXISTS (SELECT 1 FROM ebay_user_erasure x"
                    + " WHERE x.webhook_event_id = e.id)"
                    + " ORDER BY e.received_at LIMIT ?2),"
                    + " sales AS (UPDATE item_sale SET webhook_event_id = NULL"
                    + " WHERE webhook_event_id IN (SELECT id FROM doomed)),"
                    + " history AS (UPDATE item_sync_entry SET webhook_event_id = NULL"
                    + " WHERE webhook_event_id IN (SELECT id FROM doomed)),"
                    + " ledger AS (DELETE FROM applied_notification"
                    + " WHERE webhook_event_id IN (SELECT id FROM doomed)),"
                    + " duplicates AS (UPDATE webhook_event SET duplicate_of = NULL"
                    + " WHERE duplicate_of IN (SELECT id FROM doomed)"
                    + " AND id NOT IN (SELECT id FROM doomed))"
                    + " DELETE FROM webhook_event WHERE id IN (SELECT id FROM doomed)")
            .setParameter(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
            .setParameter(2, limit)
            .executeUpdate();
    return OptionalInt.of(deleted);
  }

  @Override
  public void serializeProcessingOf(UUID notificationId) {
    // a transaction-scoped advisory lock, released at commit or rollback
    entityManager
        .createNativeQuery("SELECT pg_advisory_xact_lock(?)")
        .setParameter(
            1, notificationId.getMostSignificantBits() ^ notificationId.getLeastSignificantBits())
        .getSingleResult();
  }

  @Override
  public Set<UUID> recordedAmong(Collection<UUID> notificationIds) {
    if (notificationIds.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        entityManager
            .createQuery(
                "SELECT e.notificationId FROM WebhookEvent e"
                    + " WHERE e.notificationId IN :notificationIds",
                UUID.class)
            .setParameter("notificationIds", notificationIds)
            .getResultList());
  }

  @Override
  public List<WebhookEvent> search(
      WebhookEventFilter filter, Optional<EventLogPosition> after, int limit) {
    // Keyset: "at or before the time" is what the index range scan starts from; the id breaks
    // ties between events of the same microsecond.
    TypedQuery<WebhookEvent> query =
        query(
            filter,
            after.isEmpty()
                ? List.of()
                : List.of(
                    "e.receivedAt <= :afterTime", "(e.receivedAt < :afterTime OR e.id < :afterId)"),
            "SELECT e",
            " ORDER BY e.receivedAt DESC, e.id DESC",
            WebhookEvent.class);
    after.ifPresent(
        position ->
            query
                .setParameter("afterTime", position.receivedAt())
                .setParameter("afterId", position.id()));
    return query.setMaxResults(limit).getResultList();
  }

  @Override
  public long countUpTo(WebhookEventFilter filter, int limit) {
    // Reads at most `limit` index entries instead of all of them.
    return query(filter, "SELECT e.id", "", Long.class).setMaxResults(limit).getResultList().size();
  }

  @Override
  public Optional<Instant> lastReceivedFor(long sellerId) {
    return Optional.ofNullable(
        entityManager
            .createQuery(
                "SELECT MAX(e.receivedAt) FROM WebhookEvent e WHERE e.sellerId = :seller",
                Instant.class)
            .setParameter("seller", sellerId)
            .getSingleResult());
  }

  @Override
  public boolean existsWithPayloadDigest(String sha256) {
    return !entityManager
        .createQuery("SELECT e.id FROM WebhookEvent e WHERE e.payloadSha256 = :sha256", Long.class)
        .setParameter("sha256", sha256)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public List<Long> replayableIds(WebhookEventFilter filter, int limit) {
    TypedQuery<Long> query =
        query(
            filter,
            List.of("e.status IN :replayable", "e.erasedAt IS NULL"),
            "SELECT e.id",
            " ORDER BY e.receivedAt, e.id",
            Long.class);
    return query
        .setParameter("replayable", WebhookEvent.REPLAYABLE)
        .setMaxResults(limit)
        .getResultList();
  }

  private <T> TypedQuery<T> query(
      WebhookEventFilter filter, String select, String orderBy, Class<T> type) {
    return query(filter, List.of(), select, orderBy, type);
  }

  private <T> TypedQuery<T> query(
      WebhookEventFilter filter,
      List<String> conditions,
      String select,
      String orderBy,
      Class<T> type) {
    List<String> where = new ArrayList<>(conditions);
    filter.status().ifPresent(s -> where.add("e.status = :status"));
    filter.topic().ifPresent(t -> where.add("e.topic = :topic"));
    filter.ebayItemId().ifPresent(i -> where.add("e.ebayItemId = :ebayItemId"));
    filter.sellerId().ifPresent(s -> where.add("e.sellerId = :sellerId"));
    String jpql =
        select
            + " FROM WebhookEvent e"
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + orderBy;
    TypedQuery<T> query = entityManager.createQuery(jpql, type);
    filter.status().ifPresent(s -> query.setParameter("status", s));
    filter.topic().ifPresent(t -> query.setParameter("topic", t));
    filter.ebayItemId().ifPresent(i -> query.setParameter("ebayItemId", i));
    filter.sellerId().ifPresent(s -> query.setParameter("sellerId", s));
    return query;
  }
}
