package com.qventory.sync.application;

/**
 * Text from outside (a request's header, path or body, an eBay field, a username typed in) as it
 * may appear in a log line: control characters — CR and LF above all, which would let the text
 * forge a line of its own — and Unicode's line and paragraph separators are written as escapes, and
 * the text is cut to a bound so that a megabyte of header is not a megabyte of log.
 */
public final class LogText {

  /** Characters of untrusted text kept in one log line. */
  public static final int MAX_LENGTH = 200;

  private LogText() {}

  /** {@code text} safe to write into a log line; {@code null} reads "null". */
  public static String safe(Object text) {
    if (text == null) {
      return "null";
    }
    String raw = text.toString();
    StringBuilder safe = new StringBuilder(Math.min(raw.length(), MAX_LENGTH) + 16);
    int end = Math.min(raw.length(), MAX_LENGTH);
    for (int i = 0; i < end; i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '\r' -> safe.append("\\r");
        case '\n' -> safe.append("\\n");
        case '\t' -> safe.append("\\t");
        case '\\' -> safe.append("\\\\");
        default -> {
          if (Character.isISOControl(c)
              || c == '\u2028'
              || c == '\u2029'
              || Character.getType(c) == Character.FORMAT) {
            safe.append(String.format("\\u%04x", (int) c));
          } else {
            safe.append(c);
          }
        }
      }
    }
    if (raw.length() > end) {
      safe.append("…(").append(raw.length() - end).append(" more characters)");
    }
    return safe.toString();
  }
}
