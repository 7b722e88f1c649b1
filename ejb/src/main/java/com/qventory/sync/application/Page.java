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

  /**
   * How deep a list may be read by page number: deeper pages read (and skip) every row before them.
   * A list read further is read by keyset (the event log) or exported.
   */
  public static final int MAX_OFFSET = 10_000_000;

  /** A page number or size that cannot be read, or lies past {@link #MAX_OFFSET}: a 400. */
  public static class OutOfRange extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public OutOfRange(String message) {
      super(message);
    }
  }

  /** The rows before page {@code page} of pages of {@code size}. */
  public static int offset(int page, int size) {
    if (page < 0) {
      throw new OutOfRange("A page number counts from 0, not " + page);
    }
    long offset = (long) page * clampSize(size);
    if (offset > MAX_OFFSET) {
      throw new OutOfRange(
          "Page " + page + " is past the deepest page a list is read to (" + MAX_OFFSET + " rows)");
    }
    return (int) offset;
  }

  /** A page number as a request gives it: none is page 0. */
  public static int number(String given) {
    if (given == null || given.isBlank()) {
      return 0;
    }
    int page;
    try {
      page = Integer.parseInt(given.strip());
    } catch (NumberFormatException e) {
      throw new OutOfRange("A page number is a whole number from 0, not " + given.strip());
    }
    offset(page, 1);
    return page;
  }

  /** A page size as a request gives it ({@code fallback} when none), 1 to {@link #MAX_SIZE}. */
  public static int size(String given, int fallback) {
    if (given == null || given.isBlank()) {
      return fallback;
    }
    int size;
    try {
      size = Integer.parseInt(given.strip());
    } catch (NumberFormatException e) {
      throw new OutOfRange("A page size is a whole number, not " + given.strip());
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new OutOfRange("A page size is 1 to " + MAX_SIZE + ", not " + size);
    }
    return size;
  }

  public static int clampSize(int size) {
    return Math.min(Math.max(size, 1), MAX_SIZE);
  }
}
