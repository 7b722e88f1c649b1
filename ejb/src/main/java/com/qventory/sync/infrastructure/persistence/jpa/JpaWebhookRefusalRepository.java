package com.qventory.sync.infrastructure.persistence.jpa;

import com.qventory.sync.domain.webhook.RefusalReason;
import com.qventory.sync.domain.webhook.WebhookRefusal;
import com.qventory.sync.domain.webhook.WebhookRefusalRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

@ApplicationScoped
public class JpaWebhookRefusalRepository implements WebhookRefusalRepository {

  @PersistenceContext(unitName = "qventory")
  private EntityManager entityManager;

  @Override
  public void add(WebhookRefusal refusal) {
    entityManager.persist(refusal);
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
  public Map<RefusalReason, Long> countByReason() {
    Map<RefusalReason, Long> counts = new EnumMap<>(RefusalReason.class);
    entityManager
        .createQuery(
            "SELECT r.reason, COUNT(r) FROM WebhookRefusal r GROUP BY r.reason", Object[].class)
        .getResultList()
        .forEach(row -> counts.put((RefusalReason) row[0], (Long) row[1]));
    return counts;
  }
}
