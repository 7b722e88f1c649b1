package com.qventory.sync.interfaces.seller.web;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * CSV as spreadsheets open it (RFC 4180): fields quoted when they hold a comma, quote or line
 * break, rows ended by CRLF, UTF-8 with a byte-order mark so that Excel reads accents right, times
 * in ISO-8601 UTC. Text that a spreadsheet would take for a formula ({@code = + - @}, tab, CR) is
 * prefixed with an apostrophe (CSV injection), so a listing titled "=HYPERLINK(…)" stays text.
 */
final class Csv {

  static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
  private static final char BOM = '\uFEFF';

  private final Writer out;
  private boolean rowStarted;

  Csv(Writer out) throws IOException {
    this.out = out;
    out.write(BOM);
  }

  Csv text(String value) throws IOException {
    String text = value == null ? "" : value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return field(text);
  }

  Csv number(Number value) throws IOException {
    return field(
        value == null
            ? ""
            : value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString());
  }

  Csv time(Instant value) throws IOException {
    return field(value == null ? "" : value.truncatedTo(ChronoUnit.SECONDS).toString());
  }

  Csv row(String... headers) throws IOException {
    for (String header : headers) {
      text(header);
    }
    return end();
  }

  Csv end() throws IOException {
    out.write("\r\n");
    rowStarted = false;
    return this;
  }

  private Csv field(String text) throws IOException {
    if (rowStarted) {
      out.write(',');
    }
    rowStarted = true;
    if (text.indexOf(',') >= 0
        || text.indexOf('"') >= 0
        || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0) {
      out.write('"');
      out.write(text.replace("\"", "\"\""));
      out.write('"');
    } else {
      out.write(text);
    }
    return this;
  }
}
