package com.qventory.sync.application.seller;

import com.qventory.sync.application.SchemaReady;
import com.qventory.sync.domain.seller.EbayAccount;
import com.qventory.sync.domain.seller.SellerRepository;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Once at start-up, binds every token stored in the earlier format — encrypted with no row and
 * column as associated data — to where it is stored, so that the cipher can refuse unbound
 * ciphertexts from then on (one copied from another seller's row would otherwise decrypt). A token
 * the configured key cannot open is dropped, and its seller asked to connect eBay again. A batch of
 * sellers per transaction; several nodes starting at once each bind what they find, and a token
 * bound already is left as it is.
 */
@Stateless
@PermitAll
public class TokenRebinding {

  private static final Logger LOG = Logger.getLogger(TokenRebinding.class.getName());

  /** Sellers whose tokens are bound in one transaction. */
  static final int BATCH = 100;

  @Inject private SellerRepository sellers;

  @Inject private EbayTokens tokens;

  @Inject private TokenRebinding self;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void atSchemaReady(@Observes SchemaReady ready) {
    int bound = 0;
    int dropped = 0;
    for (int[] batch; (batch = self.bindBatch()) != null; ) {
      bound += batch[0];
      dropped += batch[1];
    }
    if (bound + dropped > 0) {
      LOG.info(
          "[SECURITY] Stored eBay tokens of "
              + bound
              + " seller(s) bound to where they are stored"
              + (dropped > 0
                  ? "; " + dropped + " seller(s)' tokens could not be read and must connect again"
                  : ""));
    }
  }

  /**
   * Binds the tokens of up to {@link #BATCH} sellers.
   *
   * @return how many were bound and how many dropped, or null when none was left
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int[] bindBatch() {
    List<Long> unbound = sellers.sellersWithUnboundTokens(BATCH);
    if (unbound.isEmpty()) {
      return null;
    }
    int[] outcome = new int[2];
    for (long sellerId : unbound) {
      EbayAccount account = sellers.findBySellerId(sellerId).orElseThrow();
      outcome[tokens.bindEarlierFormat(account) ? 0 : 1]++;
    }
    return outcome;
  }
}
