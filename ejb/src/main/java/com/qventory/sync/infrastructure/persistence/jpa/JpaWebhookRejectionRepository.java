package com.qventory.sync.infrastructure.persistence.jpa;

import com.qventory.sync.domain.webhook.RejectionReason;
import com.qventory.sync.domain.webhook.WebhookRejection;
import com.qventory.sync.domain.webhook.WebhookRejectionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

@ApplicationScoped
public class JpaWebhookRejectionRepository implements WebhookRejectionRepository {

  @PersistenceContext(unitName = "qventory")
  private EntityManager entityManager;

  @Override
  public void add(WebhookRejection rejection) {
    entityManager.persist(rejection);
  }

  @Override
  public int deleteReceivedBefore(Instant before, int limit) {
    return entityManager
        .createNativeQuery(
            "DELETE FROM webhook_rejection WHERE id IN (SELECT id FROM webhook_rejection"
                + " WHERE received_at < ?1 ORDER BY received_at LIMIT ?2)")
        .setParameter(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
        .setParameter(2, limit)
        .executeUpdate();
  }

  @Override
  public Map<RejectionReason, Long> countByReason() {
    Map<RejectionReason, Long> counts = new EnumMap<>(RejectionReason.class);
    entityManager
        .createQuery(
            "SELECT r.reason, COUNT(r) FROM WebhookRejection r GROUP BY r.reason", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((RejectionReason) row[0], (Long) row[1]));
    return counts;
  }
}
