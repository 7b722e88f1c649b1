package com.qventory.sync.domain.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VariationNameTest {

  private static final VariationSpecifics BLUE_M =
      VariationSpecifics.of(Map.of("Size", "M", "Colour", "Blue"));

  @Test
  void specificsInNameOrderThenTheSkuInBrackets() {
    assertEquals(
        Optional.of("Colour: Blue, Size: M (TEE-BLU-M)"), VariationName.of("TEE-BLU-M", BLUE_M));
  }

  @Test
  void theSpecificsAloneOrTheSkuAlone() {
    assertEquals(Optional.of("Colour: Blue, Size: M"), VariationName.of(null, BLUE_M));
    assertEquals(Optional.of("Colour: Blue, Size: M"), VariationName.of(" ", BLUE_M));
    assertEquals(Optional.of("TEE-M"), VariationName.of("TEE-M", VariationSpecifics.NONE));
  }

  @Test
  void noVariationHasNoName() {
    assertEquals(Optional.empty(), VariationName.of(null, VariationSpecifics.NONE));
  }

  @Test
  void aSaleAndAnItemsVariationReadTheSame() {
    assertEquals(
        VariationName.of("TEE-BLU-M", BLUE_M).orElseThrow(),
        ItemVariation.identifiedBy(Optional.of("TEE-BLU-M"), BLUE_M).label());
  }
}
