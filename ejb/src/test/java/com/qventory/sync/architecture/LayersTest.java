package com.qventory.sync.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point inward: the domain knows no application or infrastructure class, the
 * application reaches technology only through its ports; every layer says what lives in it.
 */
class LayersTest {

  private static final Path SOURCES = Path.of("src/main/java/com/qventory/sync");

  /** The web module's sources, beside this one in the build. */
  private static final Path WEB_SOURCES = Path.of("../web/src/main/java/com/qventory/sync");

  private static final Pattern FULL_NAME =
      Pattern.compile("(?<![\\w.])(?:java|javax|jakarta|org|com)\\.(?:[a-z_]\\w*\\.)+[A-Z]\\w*");

  private static final Pattern STACKED_JAVADOC = Pattern.compile("\\*/\\s*\\n\\s*/\\*\\*");

  private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");

  @Test
  void theApplicationLayerImportsNoInfrastructureClass() throws IOException {
    assertEquals(List.of(), importing(SOURCES.resolve("application"), "infrastructure"));
  }

  @Test
  void theDomainImportsNeitherApplicationNorInfrastructure() throws IOException {
    assertEquals(List.of(), importing(SOURCES.resolve("domain"), "infrastructure"));
    assertEquals(List.of(), importing(SOURCES.resolve("domain"), "application"));
  }

  /** eBay's JSON, like its XML, is read by adapters; the domain gets what they read. */
  @Test
  void theDomainAndTheApplicationParseNoJson() throws IOException {
    assertEquals(List.of(), containing(SOURCES.resolve("domain"), "jakarta.json"));
    assertEquals(List.of(), containing(SOURCES.resolve("application"), "jakarta.json"));
  }

  @Test
  void transactionsAreDeclaredOneWayWithEjbAttributes() throws IOException {
    assertEquals(List.of(), containing(SOURCES, "jakarta.transaction.Transactional"));
  }

  /**
   * A class named in full inside code hides a dependency from the import checks above (and from a
   * reader): every class is imported. Comments and strings may name classes in full.
   */
  @Test
  void noClassIsNamedInFullInsideCode() throws IOException {
    List<String> named = new ArrayList<>();
    for (Path root : List.of(SOURCES, WEB_SOURCES)) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          boolean inComment = false;
          int number = 0;
          for (String line : Files.readAllLines(file)) {
            number++;
            String code = line.strip();
            if (inComment) {
              inComment = !code.contains("*/");
              continue;
            }
            if (code.startsWith("/*")) {
              inComment = !code.contains("*/");
              continue;
            }
            if (code.startsWith("//")
                || code.startsWith("*")
                || code.startsWith("import ")
                || code.startsWith("package ")) {
              continue;
            }
            String withoutStrings = STRING.matcher(code).replaceAll("\"\"");
            int comment = withoutStrings.indexOf("//");
            Matcher inline =
                FULL_NAME.matcher(
                    comment < 0 ? withoutStrings : withoutStrings.substring(0, comment));
            if (inline.find()) {
              named.add(file + ":" + number + " " + inline.group());
            }
          }
        }
      }
    }
    assertEquals(List.of(), named);
  }

  /** Two Javadoc comments in a row: the first one has lost the member it was written for. */
  @Test
  void everyJavadocSitsOnItsMember() throws IOException {
    List<String> stacked = new ArrayList<>();
    for (Path root : List.of(SOURCES, WEB_SOURCES)) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          if (STACKED_JAVADOC.matcher(Files.readString(file)).find()) {
            stacked.add(file.toString());
          }
        }
      }
    }
    assertEquals(List.of(), stacked);
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
            "application/metrics",
            "application/webhook",
            "application/webhook/intake",
            "application/webhook/processing",
            "application/webhook/eventlog",
            "application/webhook/admin",
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
