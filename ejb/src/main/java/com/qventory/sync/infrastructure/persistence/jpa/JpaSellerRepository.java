package com.qventory.sync.infrastructure.persistence.jpa;

import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.SellerNotification;
import com.qventory.sync.domain.seller.SellerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaSellerRepository implements SellerRepository {

  @PersistenceContext(unitName = "qventory")
  private EntityManager entityManager;

  @Override
  public Optional<EbayAccount> findConnectedByEbayUserId(String ebayUserId) {
    return connected(EbayAccount.FIND_CONNECTED_BY_EBAY_USER, ebayUserId);
  }

  @Override
  public Optional<EbayAccount> findConnectedByEiasToken(String eiasToken) {
    return connected(EbayAccount.FIND_CONNECTED_BY_EIAS_TOKEN, eiasToken);
  }

  @Override
  public Optional<EbayAccount> findConnectedByExternalUserData(String externalUserData) {
    return connected(EbayAccount.FIND_CONNECTED_BY_EXTERNAL_USER_DATA, externalUserData);
  }

  private Optional<EbayAccount> connected(String query, String value) {
    return entityManager
        .createNamedQuery(query, EbayAccount.class)
        .setParameter("value", value)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<EbayAccount> findBySellerId(long sellerId) {
    return entityManager
        .createQuery("SELECT a FROM EbayAccount a WHERE a.sellerId = :sellerId", EbayAccount.class)
        .setParameter("sellerId", sellerId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<EbayAccount> lockBySellerId(long sellerId) {
    Optional<EbayAccount> account = findBySellerId(sellerId);
    account.ifPresent(a -> entityManager.refresh(a, LockModeType.PESSIMISTIC_WRITE));
    return account;
  }

  @Override
  public List<EbayAccount> connectedAccounts(Optional<String> search, int offset, int limit) {
    return connected("SELECT a", " ORDER BY a.sellerId", search, EbayAccount.class)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countConnectedAccounts(Optional<String> search) {
    return connected("SELECT count(a)", "", search, Long.class).getSingleResult();
  }

  private <T> TypedQuery<T> connected(
      String select, String orderBy, Optional<String> search, Class<T> type) {
    TypedQuery<T> query =
        entityManager.createQuery(
            select
                + " FROM EbayAccount a WHERE a.status = :connected"
                + (search.isPresent()
                    ? " AND (lower(a.ebayUserId) LIKE :search OR a.sellerId IN"
                        + " (SELECT u.id FROM UserAccount u WHERE lower(u.username) LIKE :search))"
                    : "")
                + orderBy,
            type);
    query.setParameter("connected", EbayAccount.Status.CONNECTED);
    search.ifPresent(
        text ->
            query.setParameter(
                "search",
                "%" + JpaInventoryRepository.likeEscaped(text.toLowerCase(Locale.ROOT)) + "%"));
    return query;
  }

  @Override
  public List<EbayAccount> revokedAccounts(int limit) {
    return entityManager
        .createQuery(
            "SELECT a FROM EbayAccount a WHERE a.access.revokedAt IS NOT NULL"
                + " ORDER BY a.access.revokedAt DESC",
            EbayAccount.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public Optional<EbayAccount> findByEbayUserId(String ebayUserId) {
    return entityManager
        .createQuery("SELECT a FROM EbayAccount a WHERE a.ebayUserId = :id", EbayAccount.class)
        .setParameter("id", ebayUserId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<EbayAccount> lapsingBefore(Instant before) {
    return entityManager
        .createNamedQuery(EbayAccount.FIND_LAPSING, EbayAccount.class)
        .setParameter("before", before)
        .setMaxResults(500)
        .getResultList();
  }

  @Override
  public List<Long> sellersWithUnboundTokens(int limit) {
    return entityManager
        .createNamedQuery(EbayAccount.FIND_UNBOUND_TOKENS, Long.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<Long> connectedSellerIds() {
    return entityManager
        .createNamedQuery(EbayAccount.FIND_POLLABLE_SELLER_IDS, Long.class)
        .getResultList();
  }

  @Override
  public boolean leaseReconciliation(long sellerId, Instant now, Instant until) {
    return entityManager
            .createNativeQuery(
                "UPDATE ebay_account SET reconcile_lease_until = ?3 WHERE seller_id = ?1"
                    + " AND (reconcile_lease_until IS NULL OR reconcile_lease_until < ?2)")
            .setParameter(1, sellerId)
            .setParameter(2, utc(now))
            .setParameter(3, utc(until))
            .executeUpdate()
        == 1;
  }

  @Override
  public void renewReconciliation(long sellerId, Instant until) {
    entityManager
        .createNativeQuery(
            "UPDATE ebay_account SET reconcile_lease_until = ?2 WHERE seller_id = ?1")
        .setParameter(1, sellerId)
        .setParameter(2, utc(until))
        .executeUpdate();
  }

  @Override
  public void releaseReconciliation(long sellerId) {
    entityManager
        .createNativeQuery(
            "UPDATE ebay_account SET reconcile_lease_until = NULL WHERE seller_id = ?1")
        .setParameter(1, sellerId)
        .executeUpdate();
  }

  @Override
  public boolean reconciliationRunning(long sellerId, Instant now) {
    return !entityManager
        .createNativeQuery(
            "SELECT 1 FROM ebay_account WHERE seller_id = ?1 AND reconcile_lease_until >= ?2")
        .setParameter(1, sellerId)
        .setParameter(2, utc(now))
        .getResultList()
        .isEmpty();
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  @Override
  public void addAccount(EbayAccount account) {
    entityManager.persist(account);
    entityManager.flush();
  }

  @Override
  public void addNotification(SellerNotification notification) {
    entityManager.persist(notification);
  }

  @Override
  public long unreadNotifications(long sellerId) {
    return entityManager
        .createQuery(
            "SELECT COUNT(n) FROM SellerNotification n WHERE n.sellerId = :seller AND n.readAt IS NULL",
            Long.class)
        .setParameter("seller", sellerId)
        .getSingleResult();
  }

  @Override
  public List<SellerNotification> latestNotifications(long sellerId, int limit) {
    return entityManager
        .createQuery(
            "SELECT n FROM SellerNotification n WHERE n.sellerId = :seller ORDER BY n.createdAt DESC, n.id DESC",
            SellerNotification.class)
        .setParameter("seller", sellerId)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public int markNotificationsRead(long sellerId, Instant now) {
    return entityManager
        .createQuery(
            "UPDATE SellerNotification n SET n.readAt = :now WHERE n.sellerId = :seller AND n.readAt IS NULL")
        .setParameter("now", now)
        .setParameter("seller", sellerId)
        .executeUpdate();
  }
}
