package com.qventory.sync.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point inward: the domain knows no application or infrastructure class, the
 * application reaches technology only through its ports; every layer says what lives in it.
 */
class LayersTest {

  private static final Path SOURCES = Path.of("src/main/java/com/qventory/sync");

  @Test
  void theApplicationLayerImportsNoInfrastructureClass() throws IOException {
    assertEquals(List.of(), importing(SOURCES.resolve("application"), "infrastructure"));
  }

  @Test
  void theDomainImportsNeitherApplicationNorInfrastructure() throws IOException {
    assertEquals(List.of(), importing(SOURCES.resolve("domain"), "infrastructure"));
    assertEquals(List.of(), importing(SOURCES.resolve("domain"), "application"));
  }

  @Test
  void transactionsAreDeclaredOneWayWithEjbAttributes() throws IOException {
    assertEquals(List.of(), containing(SOURCES, "jakarta.transaction.Transactional"));
  }

  @Test
  void everyLayerAndSubjectSaysWhatLivesThere() {
    for (String layer :
        List.of(
            "domain",
            "domain/identity",
            "domain/inventory",
            "domain/seller",
            "domain/webhook",
            "application",
            "application/identity",
            "application/inventory",
            "application/seller",
            "application/webhook",
            "infrastructure")) {
      assertTrue(Files.exists(SOURCES.resolve(layer).resolve("package-info.java")), layer);
    }
  }

  /**
   * The source files under {@code root} that use a class of {@code com.qventory.sync.<layer>}:
   * imported, or named in full inline (which an import check alone would not see).
   */
  private static List<String> importing(Path root, String layer) throws IOException {
    return containing(root, "com.qventory.sync." + layer + ".");
  }

  /** The source files under {@code root} whose text holds {@code forbidden}. */
  private static List<String> containing(Path root, String forbidden) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(
              file -> {
                try {
                  return Files.readString(file).contains(forbidden);
                } catch (IOException e) {
                  throw new IllegalStateException(e);
                }
              })
          .map(Path::toString)
          .toList();
    }
  }
}
