package com.qventory.sync.interfaces.seller.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=1+1",
        "+1",
        "-1",
        "@SUM(A1)",
        "\t=1",
        "\r=1",
        "\n=1",
        "\tplain",
        " =HYPERLINK(\"http://x\")",
        "  +1",
        "\u00A0=1",
        "\u3000=1",
        " \t @A1",
        "\uFF1D1+1",
        "\uFF0B1",
        "\uFF0D1",
        "\uFF20A1",
        " \uFF1D1"
      })
  void everyWayACellCanStartAFormulaIsGuarded(String text) throws Exception {
    assertTrue(Csv.couldStartAFormula(text), text);
    assertEquals("\"'" + text.replace("\"", "\"\"") + "\"", onlyField(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Teapot", "Size = M", "a-b", "e-mail@x", "   ", "1 + 1"})
  void ordinaryTextIsLeftAsItIs(String text) throws Exception {
    assertFalse(Csv.couldStartAFormula(text), text);
    assertEquals("\"" + text + "\"", onlyField(text));
  }

  @Test
  void everyFieldIsQuotedSoNoSeparatorOfAnyLocaleSplitsIt() throws Exception {
    StringWriter out = new StringWriter();
    new Csv(out)
        .text("Mug; blue")
        .text("Café \"Deluxe\", 10 €")
        .number(new BigDecimal("-4.50"))
        .time(Instant.parse("2026-12-08T10:15:30.123Z"))
        .text("two\r\nlines")
        .end();

    assertEquals(
        "\uFEFF\"Mug; blue\",\"Café \"\"Deluxe\"\", 10 €\",\"-4.50\","
            + "\"2026-12-08T10:15:30Z\",\"two\r\nlines\"\r\n",
        out.toString());
  }

  private static String onlyField(String text) throws Exception {
    StringWriter out = new StringWriter();
    new Csv(out).text(text);
    return out.toString().substring(1);
  }
}
