package com.qventory.sync.domain.identity;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A log-in name: 3–40 characters of lower-case letters, digits, '.', '_' or '-'. */
public record Username(String value) {

  private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

  public Username {
    Objects.requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException(
          "A username has 3 to 40 characters: lower-case letters, digits, '.', '_' or '-',"
              + " starting with a letter or digit");
    }
  }

  /** Whether {@code value} is a username exactly as stored (nothing forgiven). */
  public static boolean isValid(String value) {
    return value != null && value.length() <= 40 && ALLOWED.matcher(value).matches();
  }

  /** Accepts what a person typed: surrounding blanks and upper case are forgiven. */
  public static Username parse(String typed) {
    return new Username(Objects.requireNonNull(typed, "typed").strip().toLowerCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return value;
  }
}
