package com.qventory.sync.domain.seller;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Optional;

/** How far polling eBay for the seller's changes got, its last outcome, and any pause. */
@Embeddable
public class ReconciliationState {

  private static final int MAX_ERROR = 1000;

  @Column(name = "reconciled_to")
  private Instant reconciledTo;

  @Column(name = "reconciled_at")
  private Instant reconciledAt;

  @Column(name = "reconciled_changes")
  private Integer changes;

  @Column(name = "reconcile_error", length = MAX_ERROR)
  private String error;

  /** eBay's call limit was reached: no polling of this seller before then. */
  @Column(name = "reconcile_paused_until")
  private Instant pausedUntil;

  void reconciled(Instant to, Instant at, int corrected) {
    upTo(to);
    reconciledAt = at;
    changes = corrected;
    error = null;
  }

  void upTo(Instant to) {
    if (reconciledTo == null || to.isAfter(reconciledTo)) {
      reconciledTo = to;
    }
  }

  void failed(String message, Instant at) {
    reconciledAt = at;
    error = message.length() <= MAX_ERROR ? message : message.substring(0, MAX_ERROR);
  }

  void paused(String message, Instant at, Instant until) {
    failed(message, at);
    pausedUntil = until;
  }

  /** When polling may resume, if it is paused at {@code now}. */
  public Optional<Instant> pausedAt(Instant now) {
    return pausedUntil != null && pausedUntil.isAfter(now)
        ? Optional.of(pausedUntil)
        : Optional.empty();
  }

  public Instant getReconciledTo() {
    return reconciledTo;
  }

  public Instant getReconciledAt() {
    return reconciledAt;
  }

  public Integer getChanges() {
    return changes;
  }

  public String getError() {
    return error;
  }
}
