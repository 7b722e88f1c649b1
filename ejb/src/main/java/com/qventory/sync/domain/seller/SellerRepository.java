package com.qventory.sync.domain.seller;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Connected eBay accounts and the sellers' in-app notifications. */
public interface SellerRepository {

  Optional<EbayAccount> findConnectedByEbayUserId(String ebayUserId);

  Optional<EbayAccount> findConnectedByEiasToken(String eiasToken);

  Optional<EbayAccount> findConnectedByExternalUserData(String externalUserData);

  Optional<EbayAccount> findBySellerId(long sellerId);

  /**
   * The seller's account, its row locked until the transaction ends: for a write that must see
   * every change committed before it (a Disconnect, a revocation) and let none slip in.
   */
  Optional<EbayAccount> lockBySellerId(long sellerId);

  /** Whoever holds this eBay user, connected or not. */
  Optional<EbayAccount> findByEbayUserId(String ebayUserId);

  void addAccount(EbayAccount account);

  /** Seller ids of the connected accounts that hold tokens. */
  List<Long> connectedSellerIds();

  /**
   * Takes the lease on the seller's reconciliation until {@code until} unless another holds an
   * unexpired one: one node polls a seller at a time, and a node that dies lets go when the lease
   * runs out. A lease, not a lock, because a pass calls eBay outside any transaction.
   *
   * @return whether this caller holds it now
   */
  boolean leaseReconciliation(long sellerId, Instant now, Instant until);

  /** Extends the lease this caller holds. */
  void renewReconciliation(long sellerId, Instant until);

  void releaseReconciliation(long sellerId);

  /** Whether a pass holds an unexpired lease on the seller's reconciliation. */
  boolean reconciliationRunning(long sellerId, Instant now);

  /**
   * Sellers (at most {@code limit}) whose stored tokens are of the earlier format, bound to no row
   * and column (the token cipher's {@code v2:} format is the current one).
   */
  List<Long> sellersWithUnboundTokens(int limit);

  /** Connected accounts whose access token lapses before {@code before} and can be refreshed. */
  List<EbayAccount> lapsingBefore(Instant before);

  /**
   * Connected accounts (with tokens or waiting for the seller to connect again) by seller id, a
   * page of them, those whose username or eBay user contains {@code search} when it is given.
   */
  List<EbayAccount> connectedAccounts(Optional<String> search, int offset, int limit);

  /** How many {@link #connectedAccounts} there are in all. */
  long countConnectedAccounts(Optional<String> search);

  /** Accounts whose eBay access the seller revoked on eBay, most recent first. */
  List<EbayAccount> revokedAccounts(int limit);

  void addNotification(SellerNotification notification);

  long unreadNotifications(long sellerId);

  List<SellerNotification> latestNotifications(long sellerId, int limit);

  /** Marks every unread notification of the seller read; returns how many. */
  int markNotificationsRead(long sellerId, Instant now);
}
