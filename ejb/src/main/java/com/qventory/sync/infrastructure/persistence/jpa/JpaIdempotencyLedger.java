package com.qventory.sync.infrastructure.persistence.jpa;

import com.qventory.sync.domain.webhook.DedupKey;
import com.qventory.sync.domain.webhook.IdempotencyLedger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** INSERT … ON CONFLICT DO NOTHING: the primary key decides, never a prior SELECT. */
@ApplicationScoped
public class JpaIdempotencyLedger implements IdempotencyLedger {

  @PersistenceContext(unitName = "qventory")
  private EntityManager entityManager;

  @Override
  public Optional<Long> claim(DedupKey key, long webhookEventId, Instant now) {
    String hash = key.hash();
    int inserted =
        entityManager
            .createNativeQuery(
                "INSERT INTO applied_notification (dedup_hash, dedup_key, webhook_event_id, applied_at)"
                    + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (dedup_hash) DO NOTHING")
            .setParameter(1, hash)
            .setParameter(2, key.text())
            .setParameter(3, webhookEventId)
            .setParameter(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
            .executeUpdate();
    if (inserted == 1) {
      return Optional.empty();
    }
    Number owner =
        (Number)
            entityManager
                .createNativeQuery(
                    "SELECT webhook_event_id FROM applied_notification WHERE dedup_hash = ?1")
                .setParameter(1, hash)
                .getSingleResult();
    return Optional.of(owner.longValue());
  }
}
