package com.qventory.sync.ebaysim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class UniqueTimestampsTest {

  private static final Instant T = Instant.parse("2026-11-27T18:35:50.478Z");

  @Test
  void aTakenMillisecondMovesOnToTheNextFreeOneInEitherOrder() {
    UniqueTimestamps timestamps = new UniqueTimestamps();

    List<Instant> stamped =
        List.of(
            timestamps.next(T),
            timestamps.next(T.plusNanos(300_000)), // the same millisecond
            timestamps.next(T.minusMillis(5)), // a late one, in the past
            timestamps.next(T));

    assertEquals(
        List.of(T, T.plusMillis(1), T.minusMillis(5), T.plusMillis(2)),
        stamped,
        "to the millisecond, and never one already given");
  }
}
