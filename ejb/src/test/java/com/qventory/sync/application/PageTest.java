package com.qventory.sync.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Assertions;
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

  @Test
  void aPageNumberOrSizeThatCannotBeReadOrLiesTooDeepIsOutOfRange() {
    assertEquals(0, Page.number(null));
    assertEquals(0, Page.number(" "));
    assertEquals(3, Page.number("3"));
    assertEquals(50, Page.size(null, 50));
    for (String page : List.of("99999999999", "2147483647", "-1", "two", "1.5")) {
      Assertions.assertThrows(Page.OutOfRange.class, () -> Page.number(page), page);
    }
    for (String size : List.of("0", "201", "x", "99999999999")) {
      Assertions.assertThrows(Page.OutOfRange.class, () -> Page.size(size, 50), size);
    }
    Assertions.assertThrows(
        Page.OutOfRange.class, () -> Page.offset(Integer.MAX_VALUE / 50, 200), "no overflow");
    assertEquals(Page.MAX_OFFSET, Page.offset(Page.MAX_OFFSET / 200, 200));
  }
}
