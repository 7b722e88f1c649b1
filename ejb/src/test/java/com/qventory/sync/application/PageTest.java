package com.qventory.sync.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void aCountUnderTheLimitIsExact() {
    Page<String> page = Page.countedUpToLimit(List.of("a"), 0, 25, Page.COUNT_LIMIT);

    assertEquals(Page.COUNT_LIMIT, page.total());
    assertFalse(page.totalIsLowerBound());
  }

  @Test
  void aCountThatReachedPastTheLimitSaysAtLeastTheLimit() {
    Page<String> page = Page.countedUpToLimit(List.of("a"), 0, 25, Page.COUNT_LIMIT + 1);

    assertEquals(Page.COUNT_LIMIT, page.total());
    assertTrue(page.totalIsLowerBound());
  }
}
