package com.qventory.sync.infrastructure.persistence.jpa;

import com.qventory.sync.application.webhook.processing.WorkInProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Flushes the transaction's persistence context and clears it. */
@ApplicationScoped
public class JpaWorkInProgress implements WorkInProgress {

  @PersistenceContext(unitName = "qventory")
  private EntityManager entityManager;

  @Override
  public void writeAndRelease() {
    entityManager.flush();
    entityManager.clear();
  }
}
