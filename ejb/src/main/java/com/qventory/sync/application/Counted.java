package com.qventory.sync.application;

/**
 * The one rule for counting things in words: "1 sale", "2 sales", "10000+ items" — never "sale(s)".
 * Messages use it directly; pages through the web layer's {@code words} bean.
 */
public final class Counted {

  private Counted() {}

  /**
   * {@code count} and the noun, singular for exactly one.
   *
   * @param count a number, or a count as text ("10000+")
   * @param noun the singular, possibly with words before it ("connected seller")
   */
  public static String of(Object count, String noun) {
    String number = String.valueOf(count);
    return number + " " + (number.equals("1") ? noun : plural(noun));
  }

  /** English's regular plural of the noun's last word. */
  static String plural(String noun) {
    if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
      return noun + "es";
    }
    if (noun.endsWith("y")
        && noun.length() > 1
        && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    return noun + "s";
  }
}
