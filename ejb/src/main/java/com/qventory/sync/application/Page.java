package com.qventory.sync.application;

import java.util.List;

/** One page of a longer list. */
public record Page<T>(List<T> items, int page, int size, long total) {

  public static final int MAX_SIZE = 200;

  public Page {
    items = List.copyOf(items);
  }

  public static int offset(int page, int size) {
    return Math.max(page, 0) * clampSize(size);
  }

  public static int clampSize(int size) {
    return Math.min(Math.max(size, 1), MAX_SIZE);
  }
}
