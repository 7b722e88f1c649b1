package com.qventory.sync.interfaces.seller.web;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * CSV as spreadsheets open it (RFC 4180): every field quoted — so that a comma, a semicolon (the
 * separator of spreadsheets in many locales), a quote or a line break never splits one — rows ended
 * by CRLF, UTF-8 with a byte-order mark so that Excel reads accents right, times in ISO-8601 UTC.
 * Text that a spreadsheet could take for a formula is prefixed with an apostrophe (CSV injection),
 * so a listing titled "=HYPERLINK(…)" stays text: see {@link #couldStartAFormula}.
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
    return field(couldStartAFormula(text) ? "'" + text : text);
  }

  /** What a formula can start with: {@code = + - @} and their full-width forms. */
  private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

  /**
   * Whether a spreadsheet could read the text as a formula: it starts with a tab, CR or LF, or its
   * first character after any blanks (spaces, tabs, no-break and ideographic spaces…) is one of
   * {@link #FORMULA_STARTS} — spreadsheets skip leading blanks, and some read the full-width signs
   * as the ASCII ones.
   */
  static boolean couldStartAFormula(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    if (first == '\t' || first == '\r' || first == '\n') {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(Character.isWhitespace(c) || Character.isSpaceChar(c))) {
        return FORMULA_STARTS.indexOf(c) >= 0;
      }
    }
    return false;
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
    out.write('"');
    out.write(text.replace("\"", "\"\""));
    out.write('"');
    return this;
  }
}
