package com.qventory.sync.domain.webhook;

import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * A place in the event log, newest first: the page after it starts with the next older event. Pages
 * are read from here by index (keyset pagination), so the 10,000th page costs what the first does;
 * an offset would make PostgreSQL step over every event before it.
 *
 * @param receivedAt when the last event of the page before arrived
 * @param id that event's id, which orders events that arrived in the same microsecond
 */
public record EventLogPosition(Instant receivedAt, long id) implements Serializable {

  private static final String SEPARATOR = "_";

  public static EventLogPosition after(WebhookEvent event) {
    return new EventLogPosition(event.getReceivedAt(), event.getId());
  }

  /** The position as a token for a URL: {@code 2026-12-02T08:00:00.123456Z_1234}. */
  public String token() {
    return receivedAt + SEPARATOR + id;
  }

  /**
   * Reads {@link #token}.
   *
   * @throws IllegalArgumentException when it is not one
   */
  public static EventLogPosition parse(String token) {
    int separator = token.lastIndexOf(SEPARATOR);
    try {
      if (separator < 0) {
        throw new IllegalArgumentException("no id");
      }
      return new EventLogPosition(
          Instant.parse(token.substring(0, separator)),
          Long.parseLong(token.substring(separator + 1)));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Not a position in the event log (use the \"next\" value of a page): " + token, e);
    }
  }
}
