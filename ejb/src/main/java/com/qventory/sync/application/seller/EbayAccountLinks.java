package com.qventory.sync.application.seller;

import com.qventory.sync.application.LogText;
import com.qventory.sync.application.identity.AccountRejectedException;
import com.qventory.sync.domain.identity.UserAccount;
import com.qventory.sync.domain.identity.UserAccountRepository;
import com.qventory.sync.domain.identity.Username;
import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.SellerRepository;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * An admin links a seller to the eBay user whose notifications are theirs — for support, and until
 * sellers connect eBay themselves through OAuth. Notifications for that eBay user then map to the
 * seller; earlier UNMATCHED ones can be replayed.
 */
@Stateless
@RolesAllowed("admin")
public class EbayAccountLinks {

  private static final Logger LOG = Logger.getLogger(EbayAccountLinks.class.getName());
  private static final Pattern EBAY_USER_ID = Pattern.compile("[A-Za-z0-9._*-]{1,64}");

  @Inject private UserAccountRepository accounts;

  @Inject private SellerRepository sellers;

  @Inject private Clock clock;

  @Resource private EJBContext context;

  /**
   * @throws AccountRejectedException when there is no such seller or the eBay user id is not one
   */
  public EbayAccount link(String sellerUsername, String ebayUserId)
      throws AccountRejectedException {
    if (ebayUserId == null || !EBAY_USER_ID.matcher(ebayUserId.strip()).matches()) {
      throw new AccountRejectedException(
          "An eBay user id has 1 to 64 letters, digits, '.', '_', '*' or '-'");
    }
    UserAccount seller;
    try {
      seller =
          accounts
              .findByUsername(Username.parse(sellerUsername))
              .orElseThrow(() -> new AccountRejectedException("No user " + sellerUsername));
    } catch (IllegalArgumentException e) {
      throw new AccountRejectedException("No user " + sellerUsername);
    }
    String ebayUser = ebayUserId.strip();
    EbayAccount account =
        sellers
            .findBySellerId(seller.getId())
            .map(
                existing -> {
                  existing.connect(ebayUser, clock.instant());
                  return existing;
                })
            .orElseGet(
                () -> {
                  EbayAccount created =
                      new EbayAccount(seller.getId(), ebayUser, null, null, clock.instant());
                  sellers.addAccount(created);
                  return created;
                });
    LOG.info(
        "[IDENTITY] "
            + context.getCallerPrincipal().getName()
            + " linked seller '"
            + seller.getUsername()
            + "' to eBay user '"
            + LogText.safe(ebayUser)
            + "'");
    return account;
  }
}
