package com.qventory.sync.infrastructure.persistence.jpa;

import com.qventory.sync.domain.webhook.EventStatistics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The overview's figures in SQL over the event log's time index ({@code received_at}): each a range
 * scan of the window, never the whole table.
 */
@ApplicationScoped
public class JpaEventStatistics implements EventStatistics {

  @PersistenceContext(unitName = "qventory")
  private EntityManager entityManager;

  @Override
  public List<Count> byStatus(Instant since) {
    return counts(
        "SELECT status, count(*) FROM webhook_event WHERE received_at >= ?1"
            + " GROUP BY status ORDER BY count(*) DESC, status",
        since,
        Integer.MAX_VALUE);
  }

  @Override
  public List<Count> byTopic(Instant since, int limit) {
    return counts(
        "SELECT topic, count(*) FROM webhook_event WHERE received_at >= ?1"
            + " GROUP BY topic ORDER BY count(*) DESC, topic",
        since,
        limit);
  }

  @Override
  public Latency latency(Instant since) {
    Object[] row =
        (Object[])
            entityManager
                .createNativeQuery(
                    "SELECT count(*), percentile_cont(ARRAY[0.5, 0.95, 0.99]) WITHIN GROUP"
                        + " (ORDER BY extract(epoch FROM processed_at - received_at) * 1000)"
                        + " FROM webhook_event WHERE received_at >= ?1 AND processed_at IS NOT NULL"
                        + " AND status <> 'DEAD'")
                .setParameter(1, utc(since))
                .getSingleResult();
    long settled = ((Number) row[0]).longValue();
    Double[] p = percentiles(row[1]);
    return new Latency(settled, at(p, 0), at(p, 1), at(p, 2));
  }

  @Override
  public List<Count> refusalsByReason(Instant since) {
    return counts(
        "SELECT reason, count(*) FROM webhook_rejection WHERE received_at >= ?1"
            + " GROUP BY reason ORDER BY count(*) DESC, reason",
        since,
        Integer.MAX_VALUE);
  }

  @Override
  public long[] receivedPer(Instant now, int bucketSeconds, int buckets) {
    Instant from = now.minusSeconds((long) bucketSeconds * buckets);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT floor(extract(epoch FROM received_at - ?1) / ?2)::int AS bucket, count(*)"
                    + " FROM webhook_event WHERE received_at >= ?1 AND received_at < ?3"
                    + " GROUP BY bucket")
            .setParameter(1, utc(from))
            .setParameter(2, bucketSeconds)
            .setParameter(3, utc(now))
            .getResultList();
    long[] counts = new long[buckets];
    for (Object[] row : rows) {
      int bucket = ((Number) row[0]).intValue();
      if (bucket >= 0 && bucket < buckets) {
        counts[bucket] = ((Number) row[1]).longValue();
      }
    }
    return counts;
  }

  private List<Count> counts(String sql, Instant since, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(sql)
            .setParameter(1, utc(since))
            .setMaxResults(limit)
            .getResultList();
    return rows.stream()
        .map(row -> new Count((String) row[0], ((Number) row[1]).longValue()))
        .toList();
  }

  private static Double[] percentiles(Object value) {
    if (value instanceof Double[] doubles) {
      return doubles;
    }
    if (value instanceof double[] doubles) {
      Double[] boxed = new Double[doubles.length];
      for (int i = 0; i < doubles.length; i++) {
        boxed[i] = doubles[i];
      }
      return boxed;
    }
    if (value instanceof Array array) {
      try {
        return (Double[]) array.getArray();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return new Double[0];
  }

  private static Optional<Double> at(Double[] values, int index) {
    return index < values.length ? Optional.ofNullable(values[index]) : Optional.empty();
  }

  private static OffsetDateTime utc(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
