package com.qventory.sync.infrastructure.persistence.jpa;

import com.qventory.sync.domain.webhook.WebhookEvent;
import com.qventory.sync.domain.webhook.WebhookEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class JpaWebhookEventRepository implements WebhookEventRepository {

  @PersistenceContext(unitName = "qventory")
  private EntityManager entityManager;

  @Override
  public void add(WebhookEvent event) {
    entityManager.persist(event);
  }

  @Override
  public List<WebhookEvent> latest(int offset, int limit) {
    return entityManager
        .createNamedQuery(WebhookEvent.FIND_LATEST, WebhookEvent.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long count() {
    return entityManager.createNamedQuery(WebhookEvent.COUNT_ALL, Long.class).getSingleResult();
  }
}
