package com.qventory.sync.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

  @ParameterizedTest
  @ValueSource(strings = {"ann", "vintage_finds.co", "seller-42"})
  void acceptsSimpleNames(String name) {
    assertEquals(name, Username.parse(name).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"  Vintage_Finds  ", "VINTAGE_FINDS"})
  void forgivesBlanksAndUpperCase(String typed) {
    assertEquals("vintage_finds", Username.parse(typed).value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "ab",
        "_leading",
        "has space",
        "semi;colon",
        "ünïcode",
        "a234567890123456789012345678901234567890x"
      })
  void refusesEverythingElse(String typed) {
    assertThrows(IllegalArgumentException.class, () -> Username.parse(typed));
  }
}
