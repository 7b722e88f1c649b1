package com.qventory.sync.infrastructure.persistence.jpa;

import com.qventory.sync.domain.webhook.SignatureRegister;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code accepted_signature}: INSERT … ON CONFLICT DO NOTHING decides which body was first, never a
 * prior SELECT; then the first bodies of the whole list are read in one statement.
 */
@ApplicationScoped
public class JpaSignatureRegister implements SignatureRegister {

  @PersistenceContext(unitName = "qventory")
  private EntityManager entityManager;

  @Override
  public Map<String, String> claim(List<Claim> claims) {
    if (claims.isEmpty()) {
      return Map.of();
    }
    Map<String, Claim> firstOfEach = new LinkedHashMap<>();
    claims.forEach(claim -> firstOfEach.putIfAbsent(claim.signedTimestamp(), claim));
    StringBuilder insert =
        new StringBuilder(
            "INSERT INTO accepted_signature (signed_timestamp, body_digest, forget_at) VALUES ");
    int parameter = 1;
    for (int i = 0; i < firstOfEach.size(); i++) {
      insert.append(i == 0 ? "" : ", ");
      insert.append("(?").append(parameter++).append(", ?").append(parameter++);
      insert.append(", ?").append(parameter++).append(')');
    }
    insert.append(" ON CONFLICT (signed_timestamp) DO NOTHING");
    Query statement = entityManager.createNativeQuery(insert.toString());
    parameter = 1;
    for (Claim claim : firstOfEach.values()) {
      statement.setParameter(parameter++, claim.signedTimestamp());
      statement.setParameter(parameter++, claim.bodyDigest());
      statement.setParameter(
          parameter++, OffsetDateTime.ofInstant(claim.forgetAt(), ZoneOffset.UTC));
    }
    statement.executeUpdate();
    Map<String, String> first = new HashMap<>();
    // A new statement sees every claim committed before it, those another transaction made while
    // the INSERT above waited for it included.
    for (Object row :
        entityManager
            .createNativeQuery(
                "SELECT signed_timestamp, body_digest FROM accepted_signature"
                    + " WHERE signed_timestamp IN (:timestamps)")
            .setParameter("timestamps", List.copyOf(firstOfEach.keySet()))
            .getResultList()) {
      Object[] columns = (Object[]) row;
      first.put((String) columns[0], ((String) columns[1]).strip());
    }
    return first;
  }

  @Override
  public int forgetBefore(Instant before, int limit) {
    return entityManager
        .createNativeQuery(
            "DELETE FROM accepted_signature WHERE signed_timestamp IN (SELECT signed_timestamp"
                + " FROM accepted_signature WHERE forget_at < ?1 LIMIT ?2)")
        .setParameter(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
        .setParameter(2, limit)
        .executeUpdate();
  }
}
