package com.qventory.sync.domain.seller;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** The one-time import of a seller's active listings when they connect eBay, and how far it got. */
@Embeddable
public class ImportProgress {

  public enum Status {
    NONE,
    RUNNING,
    DONE,
    FAILED
  }

  private static final int MAX_ERROR = 1000;

  @Enumerated(EnumType.STRING)
  @Column(name = "import_status", nullable = false, length = 20)
  private Status status = Status.NONE;

  @Column(name = "import_total")
  private Integer total;

  @Column(name = "import_done")
  private Integer done;

  @Column(name = "import_error", length = MAX_ERROR)
  private String error;

  @Column(name = "import_finished_at")
  private Instant finishedAt;

  void started() {
    status = Status.RUNNING;
    total = null;
    done = 0;
    error = null;
    finishedAt = null;
  }

  void progressed(int done, int total) {
    this.done = done;
    this.total = total;
  }

  void finished(Instant now) {
    status = Status.DONE;
    finishedAt = now;
  }

  void failed(String error, Instant now) {
    status = Status.FAILED;
    this.error = error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    finishedAt = now;
  }

  public Status getStatus() {
    return status;
  }

  public Integer getTotal() {
    return total;
  }

  public Integer getDone() {
    return done;
  }

  public String getError() {
    return error;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
