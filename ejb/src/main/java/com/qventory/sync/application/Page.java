package com.qventory.sync.application;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param total how many there are in all, or — when {@code totalIsLowerBound} — at least
 * @param totalIsLowerBound counting stopped at {@link #COUNT_LIMIT}: there are more
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalIsLowerBound) {

  public static final int MAX_SIZE = 200;

  /**
   * Counting stops here: a page of a long list must not read every match to say how many there are
   * (120,000 items took 35 ms a page, 1.2 million events 100–250 ms); "10,000+" says enough.
   */
  public static final int COUNT_LIMIT = 10_000;

  public Page {
    items = List.copyOf(items);
  }

  /** A page whose count stopped at {@link #COUNT_LIMIT} + 1 when there were that many. */
  public static <T> Page<T> countedUpToLimit(List<T> items, int page, int size, long counted) {
    boolean more = counted > COUNT_LIMIT;
    return new Page<>(items, page, size, more ? COUNT_LIMIT : counted, more);
  }

  public static int offset(int page, int size) {
    return Math.max(page, 0) * clampSize(size);
  }

  public static int clampSize(int size) {
    return Math.min(Math.max(size, 1), MAX_SIZE);
  }
}
