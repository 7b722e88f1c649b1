package com.qventory.sync.application.seller;

import com.qventory.sync.application.LogText;
import com.qventory.sync.domain.seller.EbayAccess;
import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.EbayAccount.SubscriptionStatus;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.seller.SellerRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The short transactions of connecting a seller to eBay, between which eBay is called with none
 * open. A step that writes after eBay answered locks the account and checks first that it is still
 * the connection eBay was asked about (connected, since the same moment): a Disconnect or a new
 * connection committed meanwhile wins.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ConnectionSteps {

  private static final Logger LOG = Logger.getLogger(ConnectionSteps.class.getName());

  /**
   * One connection of a seller's account: what eBay is told about it, and what identifies it.
   *
   * @param connectedAt when this connection was made: a later one is another connection
   * @param externalUserData the tenant key eBay echoes in every notification for the seller
   */
  public record Connection(long sellerId, Instant connectedAt, String externalUserData) {}

  @Inject private SellerRepository sellers;

  @Inject private EbayTokens tokens;

  @Inject private Clock clock;

  private final SecureRandom random = new SecureRandom();

  /**
   * Links the eBay user to the seller with eBay's tokens (encrypted), and starts the import.
   *
   * @throws EbayApiException when the eBay user is another seller's connection
   */
  public Connection link(long sellerId, EbayAccess.EbayUser user, EbayAccess.Tokens granted)
      throws EbayApiException {
    refuseIfAnotherSellers(user, sellerId); // again: another seller may have confirmed meanwhile
    // As PostgreSQL keeps it, so that the connection read back later is the same one.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    EbayAccount account =
        sellers
            .findBySellerId(sellerId)
            .orElseGet(
                () -> {
                  EbayAccount created = new EbayAccount(sellerId, user.userId(), null, null, now);
                  sellers.addAccount(created);
                  return created;
                });
    account.connect(user.userId(), now);
    String tenantKey =
        account.getExternalUserData() != null ? account.getExternalUserData() : "qv-" + randomKey();
    account.identify(user.eiasToken().orElse(null), tenantKey);
    tokens.store(account, granted);
    account.importStarted();
    LOG.info(
        "[IDENTITY] Seller " + sellerId + " connected eBay user " + LogText.safe(user.userId()));
    return connectionOf(account);
  }

  /**
   * @throws EbayApiException when the eBay user is another seller's connection
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public void refuseIfAnotherSellers(EbayAccess.EbayUser user, long sellerId)
      throws EbayApiException {
    Optional<EbayAccount> holder = sellers.findByEbayUserId(user.userId());
    if (holder.isPresent() && holder.get().getSellerId() != sellerId) {
      throw new EbayApiException(
          "The eBay account "
              + user.userId()
              + " is already connected to another Qventory account");
    }
  }

  /** The seller's connection, while there is one. */
  public Optional<Connection> connected(long sellerId) {
    return sellers
        .findBySellerId(sellerId)
        .filter(a -> a.getStatus() == EbayAccount.Status.CONNECTED)
        .map(ConnectionSteps::connectionOf);
  }

  /**
   * Records what eBay confirmed of the set-up, unless the connection changed while eBay answered.
   *
   * @return whether it was recorded (false: disconnected or connected again meanwhile)
   */
  public boolean setUp(Connection connection, NotificationSetUp.Result result) {
    Optional<EbayAccount> account = unchanged(connection);
    account.ifPresent(
        a ->
            a.subscription(
                result.complete() ? SubscriptionStatus.ACTIVE : SubscriptionStatus.PARTIAL,
                result.complete() ? null : String.join("; ", result.problems()),
                result.subscribed(),
                clock.instant()));
    return account.isPresent();
  }

  /** The import starts (again) for the seller's connection. */
  public void importStarted(long sellerId) {
    sellers
        .findBySellerId(sellerId)
        .filter(a -> a.getStatus() == EbayAccount.Status.CONNECTED)
        .ifPresent(EbayAccount::importStarted);
  }

  /**
   * Ends the seller's connection: tokens forgotten, the inventory stays.
   *
   * @return the connection that ended; empty when none was connected
   */
  public Optional<Connection> disconnect(long sellerId) {
    Optional<EbayAccount> account =
        sellers.lockBySellerId(sellerId).filter(a -> a.getStatus() == EbayAccount.Status.CONNECTED);
    account.ifPresent(
        a -> {
          a.disconnect(clock.instant());
          LOG.info(
              "[IDENTITY] Seller "
                  + sellerId
                  + " disconnected eBay user "
                  + LogText.safe(a.getEbayUserId()));
        });
    return account.map(ConnectionSteps::connectionOf);
  }

  /** The account, locked, while it is still {@code connection}. */
  private Optional<EbayAccount> unchanged(Connection connection) {
    return sellers
        .lockBySellerId(connection.sellerId())
        .filter(a -> a.getStatus() == EbayAccount.Status.CONNECTED)
        .filter(a -> Objects.equals(a.getConnectedAt(), connection.connectedAt()));
  }

  private static Connection connectionOf(EbayAccount account) {
    return new Connection(
        account.getSellerId(), account.getConnectedAt(), account.getExternalUserData());
  }

  private String randomKey() {
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
