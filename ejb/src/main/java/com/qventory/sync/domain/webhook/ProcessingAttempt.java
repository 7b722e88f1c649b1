package com.qventory.sync.domain.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt at processing a notification: when the server took it off the queue, when the attempt
 * ended and what came of it — a settled status, or FAILED (retried) or DEAD with the error.
 */
@Entity
@Table(name = "processing_attempt")
public class ProcessingAttempt {

  private static final int MAX_ERROR_LENGTH = 2000;
  private static final int MAX_NODE_LENGTH = 100;

  @Id
  @SequenceGenerator(
      name = "processing_attempt_seq",
      sequenceName = "processing_attempt_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "processing_attempt_seq")
  private Long id;

  @Column(name = "event_id", nullable = false)
  private Long eventId;

  /** 1 for the first attempt, counted over the event's whole life (replays included). */
  @Column(nullable = false)
  private int number;

  @Column(name = "taken_at", nullable = false)
  private Instant takenAt;

  @Column(name = "finished_at", nullable = false)
  private Instant finishedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private WebhookEventStatus outcome;

  @Column(length = MAX_ERROR_LENGTH)
  private String error;

  /** The server that made the attempt (a cluster's node name). */
  @Column(nullable = false, length = MAX_NODE_LENGTH)
  private String node;

  protected ProcessingAttempt() {}

  /** The attempt that brought {@code event} to its present status (its last error, if any). */
  public ProcessingAttempt(WebhookEvent event, Instant takenAt, Instant finishedAt, String node) {
    this.eventId = Objects.requireNonNull(event.getId(), "the event is not stored yet");
    this.number = event.getAttempts();
    this.takenAt = Objects.requireNonNull(takenAt, "takenAt");
    this.finishedAt = Objects.requireNonNull(finishedAt, "finishedAt");
    this.outcome = event.getStatus();
    this.error =
        event.getLastError() == null ? null : truncate(event.getLastError(), MAX_ERROR_LENGTH);
    this.node = truncate(Objects.requireNonNull(node, "node"), MAX_NODE_LENGTH);
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  public long getEventId() {
    return eventId;
  }

  public int getNumber() {
    return number;
  }

  public Instant getTakenAt() {
    return takenAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  /** How long the attempt took, from the queue to its outcome (never negative). */
  public Duration took() {
    Duration took = Duration.between(takenAt, finishedAt);
    return took.isNegative() ? Duration.ZERO : took;
  }

  public WebhookEventStatus getOutcome() {
    return outcome;
  }

  public Optional<String> getError() {
    return Optional.ofNullable(error);
  }

  public String getNode() {
    return node;
  }
}
