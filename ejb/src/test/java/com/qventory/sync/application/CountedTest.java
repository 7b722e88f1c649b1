package com.qventory.sync.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CountedTest {

  @Test
  void oneIsSingularAnythingElsePlural() {
    assertEquals("1 sale", Counted.of(1, "sale"));
    assertEquals("0 sales", Counted.of(0, "sale"));
    assertEquals("2 connected sellers", Counted.of(2L, "connected seller"));
    assertEquals("10000+ items", Counted.of("10000+", "item"));
    assertEquals("3 entries", Counted.of(3, "entry"));
    assertEquals("2 days", Counted.of(2, "day"));
    assertEquals("2 matches", Counted.of(2, "match"));
  }
}
