package com.qventory.sync.domain.seller;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A seller's eBay account as connected to Qventory Sync: how a notification (addressed to an eBay
 * user) finds the seller it belongs to.
 */
@Entity
@Table(name = "ebay_account")
@NamedQuery(
    name = EbayAccount.FIND_CONNECTED_BY_EBAY_USER,
    query = "SELECT a FROM EbayAccount a WHERE a.ebayUserId = :value AND a.status = 'CONNECTED'")
@NamedQuery(
    name = EbayAccount.FIND_CONNECTED_BY_EIAS_TOKEN,
    query = "SELECT a FROM EbayAccount a WHERE a.eiasToken = :value AND a.status = 'CONNECTED'")
@NamedQuery(
    name = EbayAccount.FIND_CONNECTED_BY_EXTERNAL_USER_DATA,
    query =
        "SELECT a FROM EbayAccount a WHERE a.externalUserData = :value AND a.status = 'CONNECTED'")
@NamedQuery(
    name = EbayAccount.FIND_LAPSING,
    query =
        "SELECT a FROM EbayAccount a WHERE a.status = 'CONNECTED'"
            + " AND a.tokens.refreshTokenEncrypted IS NOT NULL AND a.access.reconnectNeededSince IS NULL"
            + " AND a.tokens.accessTokenExpiresAt < :before")
@NamedQuery(
    name = EbayAccount.FIND_POLLABLE_SELLER_IDS,
    query =
        "SELECT a.sellerId FROM EbayAccount a WHERE a.status = 'CONNECTED'"
            + " AND a.tokens.accessTokenEncrypted IS NOT NULL AND a.access.reconnectNeededSince IS NULL")
@NamedQuery(
    name = EbayAccount.FIND_UNBOUND_TOKENS,
    query =
        "SELECT a.sellerId FROM EbayAccount a WHERE a.tokens.accessTokenEncrypted NOT LIKE 'v2:%'"
            + " OR a.tokens.refreshTokenEncrypted NOT LIKE 'v2:%' ORDER BY a.sellerId")
public class EbayAccount {

  /** Sellers whose stored tokens are of the earlier format, bound to no row and column. */
  public static final String FIND_UNBOUND_TOKENS = "EbayAccount.findUnboundTokens";

  /** Connected accounts whose access token lapses before {@code :before} and can be refreshed. */
  public static final String FIND_LAPSING = "EbayAccount.findLapsing";

  /** Sellers whose listings can be polled: connected, with a token eBay still accepts. */
  public static final String FIND_POLLABLE_SELLER_IDS = "EbayAccount.findPollableSellerIds";

  public static final String FIND_CONNECTED_BY_EBAY_USER = "EbayAccount.findConnectedByEbayUser";
  public static final String FIND_CONNECTED_BY_EIAS_TOKEN = "EbayAccount.findConnectedByEiasToken";
  public static final String FIND_CONNECTED_BY_EXTERNAL_USER_DATA =
      "EbayAccount.findConnectedByExternalUserData";

  public enum Status {
    CONNECTED,
    DISCONNECTED
  }

  @Id
  @SequenceGenerator(
      name = "ebay_account_seq",
      sequenceName = "ebay_account_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ebay_account_seq")
  private Long id;

  @Column(name = "seller_id", nullable = false, unique = true)
  private Long sellerId;

  @Column(name = "ebay_user_id", nullable = false, unique = true, length = 100)
  private String ebayUserId;

  @Column(name = "eias_token", unique = true, length = 200)
  private String eiasToken;

  @Column(name = "external_user_data", unique = true, length = 256)
  private String externalUserData;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(name = "connected_at", nullable = false)
  private Instant connectedAt;

  /** Null while disconnected (all four columns empty). */
  @Embedded private StoredTokens tokens;

  @Embedded private SubscriptionState subscription = new SubscriptionState();

  @Embedded private ImportProgress importProgress = new ImportProgress();

  /** Null when none of its columns has a value (JPA's rule for embedded values). */
  @Embedded private ReconciliationState reconciliation;

  /** Null when none of its columns has a value. */
  @Embedded private AccessState access;

  private ReconciliationState reconciliation() {
    if (reconciliation == null) {
      reconciliation = new ReconciliationState();
    }
    return reconciliation;
  }

  private AccessState access() {
    if (access == null) {
      access = new AccessState();
    }
    return access;
  }

  /** Polling covered eBay's changes up to {@code to}; {@code changes} items were corrected. */
  public void reconciled(Instant to, Instant at, int changes) {
    reconciliation().reconciled(to, at, changes);
  }

  /** Polling covered eBay's changes up to {@code to} (never moves back). */
  public void reconciledUpTo(Instant to) {
    reconciliation().upTo(to);
  }

  /** eBay's call limit was reached: the next pass waits until {@code until}. */
  public void reconcilePaused(String error, Instant at, Instant until) {
    reconciliation().paused(error, at, until);
  }

  /** When polling may resume, if it is paused at {@code now}. */
  public Optional<Instant> reconcilePausedAt(Instant now) {
    return reconciliation().pausedAt(now);
  }

  public void reconcileFailed(String error, Instant at) {
    reconciliation().failed(error, at);
  }

  public Instant getReconciledTo() {
    return reconciliation().getReconciledTo();
  }

  public Instant getReconciledAt() {
    return reconciliation().getReconciledAt();
  }

  public Integer getReconciledChanges() {
    return reconciliation().getChanges();
  }

  public String getReconcileError() {
    return reconciliation().getError();
  }

  /** Whether eBay confirmed the seller's Platform Notification subscription. */
  public enum SubscriptionStatus {
    NONE,
    ACTIVE,
    PARTIAL,
    DISABLED
  }

  protected EbayAccount() {
    // for JPA
  }

  public EbayAccount(
      Long sellerId,
      String ebayUserId,
      String eiasToken,
      String externalUserData,
      Instant connectedAt) {
    this.sellerId = Objects.requireNonNull(sellerId, "sellerId");
    this.ebayUserId = Objects.requireNonNull(ebayUserId, "ebayUserId");
    this.eiasToken = eiasToken;
    this.externalUserData = externalUserData;
    this.connectedAt = Objects.requireNonNull(connectedAt, "connectedAt");
    this.status = Status.CONNECTED;
  }

  /** The seller is (again) connected, as this eBay user. */
  public void connect(String ebayUserId, Instant now) {
    this.ebayUserId = Objects.requireNonNull(ebayUserId, "ebayUserId");
    this.status = Status.CONNECTED;
    this.connectedAt = now;
  }

  /**
   * eBay refused the refresh token (revoked on eBay, or expired): polling stops until the seller
   * connects again.
   */
  public void needsReconnect(String reason, Instant now) {
    access().reconnectNeeded(reason, now);
  }

  /**
   * eBay says the seller revoked our application's access: the tokens are dead, so they are erased
   * at once; token refresh and polling stop (they need tokens) until the seller connects again.
   *
   * @param reason eBay's reason (e.g. {@code REVOKED_BY_USER}), when it gave one
   */
  public void accessRevoked(Instant revokedAt, Optional<String> reason, Instant now) {
    this.tokens = null;
    access().revoked(revokedAt, reason);
    needsReconnect(
        "eBay access revoked"
            + reason.map(r -> " (" + r + ")").orElse("")
            + " on "
            + revokedAt
            + " — connect again to resume sync",
        now);
  }

  public Optional<Instant> getAccessRevokedAt() {
    return access().getRevokedAt();
  }

  public Optional<String> getRevokeReason() {
    return access().getRevokeReason();
  }

  public Optional<Instant> getReconnectNeededSince() {
    return access().getReconnectNeededSince();
  }

  public String getReconnectReason() {
    return access().getReconnectReason();
  }

  /** The same tokens, encrypted again (bound to where they are stored); nothing else changes. */
  public void tokensEncryptedAgain(String accessTokenEncrypted, String refreshTokenEncrypted) {
    StoredTokens stored = tokens;
    this.tokens =
        new StoredTokens(
            accessTokenEncrypted,
            stored.accessTokenExpiresAt(),
            refreshTokenEncrypted,
            stored.refreshTokenExpiresAt());
  }

  /** The stored tokens cannot be read: they are dropped, and only the seller can connect again. */
  public void tokensUnreadable(String reason, Instant now) {
    this.tokens = null;
    needsReconnect(reason, now);
  }

  /** Tokens as the caller encrypted them: this class never sees a token in clear. */
  public void tokens(
      String accessTokenEncrypted,
      Instant accessTokenExpiresAt,
      String refreshTokenEncrypted,
      Instant refreshTokenExpiresAt) {
    this.tokens =
        tokens == null
            ? new StoredTokens(
                accessTokenEncrypted,
                accessTokenExpiresAt,
                refreshTokenEncrypted,
                refreshTokenExpiresAt)
            : tokens.renewed(
                accessTokenEncrypted,
                accessTokenExpiresAt,
                Optional.ofNullable(refreshTokenEncrypted),
                Optional.ofNullable(refreshTokenExpiresAt));
    access().granted();
  }

  public void identify(String eiasToken, String externalUserData) {
    this.eiasToken = eiasToken;
    this.externalUserData = externalUserData;
  }

  public void subscription(SubscriptionStatus status, String detail, String events, Instant at) {
    subscription.set(status, detail, events, at);
  }

  /** The seller disconnected: tokens are gone, the inventory stays. */
  public void disconnect(Instant now) {
    this.status = Status.DISCONNECTED;
    this.tokens = null;
    subscription.disabled(now);
  }

  public void importStarted() {
    importProgress.started();
  }

  public void importProgress(int done, int total) {
    importProgress.progressed(done, total);
  }

  public void importFinished(Instant now) {
    importProgress.finished(now);
  }

  public void importFailed(String error, Instant now) {
    importProgress.failed(error, now);
  }

  public ImportProgress getImportProgress() {
    return importProgress;
  }

  /** The stored tokens; empty while disconnected. */
  public Optional<StoredTokens> getTokens() {
    return Optional.ofNullable(tokens);
  }

  public SubscriptionStatus getSubscriptionStatus() {
    return subscription.getStatus();
  }

  public String getSubscriptionDetail() {
    return subscription.getDetail();
  }

  public String getSubscribedEvents() {
    return subscription.getEvents();
  }

  public Instant getSetupAt() {
    return subscription.getSetupAt();
  }

  public Long getId() {
    return id;
  }

  public Long getSellerId() {
    return sellerId;
  }

  public String getEbayUserId() {
    return ebayUserId;
  }

  public String getEiasToken() {
    return eiasToken;
  }

  public String getExternalUserData() {
    return externalUserData;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getConnectedAt() {
    return connectedAt;
  }
}
