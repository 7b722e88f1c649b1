package com.qventory.sync.domain.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One thing done to an account: when, by whom, what, to whom. Never changed once written. */
@Entity
@Table(name = "account_change")
public class AccountChange {

  /** Who acts when no person does: the server at start. */
  public static final String AT_START = "server start";

  /** Who acts through the server command. */
  public static final String SERVER_COMMAND = "server command";

  @Id
  @SequenceGenerator(
      name = "account_change_seq",
      sequenceName = "account_change_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_change_seq")
  private Long id;

  @Column(nullable = false)
  private Instant at;

  @Column(nullable = false, length = 60)
  private String actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 30)
  private AccountAction action;

  @Column(nullable = false, length = 40)
  private String subject;

  @Column(length = 300)
  private String detail;

  protected AccountChange() {
    // for JPA
  }

  /**
   * @param actor the username of who did it, or {@link #AT_START} / {@link #SERVER_COMMAND}
   * @param subject the username it was done to
   * @param detail what else to say, or null
   */
  public AccountChange(
      Instant at, String actor, AccountAction action, Username subject, String detail) {
    this.at = Objects.requireNonNull(at, "at");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.action = Objects.requireNonNull(action, "action");
    this.subject = Objects.requireNonNull(subject, "subject").value();
    this.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public AccountAction getAction() {
    return action;
  }

  public String getSubject() {
    return subject;
  }

  public String getDetail() {
    return detail;
  }
}
