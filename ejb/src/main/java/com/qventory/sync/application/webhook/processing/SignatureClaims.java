package com.qventory.sync.application.webhook.processing;

import com.qventory.sync.domain.webhook.SignatureRegister;
import com.qventory.sync.domain.webhook.SignatureRegister.Claim;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Claims in the shared register of accepted signatures, in transactions of their own. */
@Stateless
@PermitAll
public class SignatureClaims {

  @Inject private SignatureRegister register;

  /** The first body's digest under the claim's Timestamp (its own when it was first). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<String> claimNow(Claim claim) {
    return Optional.ofNullable(register.claim(List.of(claim)).get(claim.signedTimestamp()));
  }

  /** Forgets a batch of claims whose Timestamp left the window; how many. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int forgetBatch(Instant before, int limit) {
    return register.forgetBefore(before, limit);
  }

  /** The claims of a batch, in the caller's transaction (see {@link SignatureRegister#claim}). */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Map<String, String> claimAll(List<Claim> claims) {
    return register.claim(claims);
  }
}
