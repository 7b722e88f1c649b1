package com.qventory.sync.ebaysim;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /sim/pictures/{itemId}.svg} (and {@code {itemId}-2.svg}): a picture drawn for each
 * listing — its own colour, the first letters of its title — so that a demo's thumbnails load
 * without eBay's image hosts, which cannot be reached from here.
 */
final class Pictures {

  private static final Pattern NAME = Pattern.compile("/sim/pictures/(\\d{1,19})(-2)?\\.svg");

  private final SimState state;

  Pictures(SimState state) {
    this.state = state;
  }

  void handle(HttpExchange exchange) throws IOException {
    Matcher name = NAME.matcher(exchange.getRequestURI().getPath());
    if (!"GET".equals(exchange.getRequestMethod()) || !name.matches()) {
      Http.send(exchange, 404, "text/plain; charset=utf-8", "No such picture");
      return;
    }
    String itemId = name.group(1);
    boolean second = name.group(2) != null;
    String title = state.item(itemId).map(item -> item.title).orElse("Item " + itemId);
    Http.send(exchange, 200, "image/svg+xml", svg(itemId, title, second));
  }

  /** A square with the listing's colour and initials; the second picture a lighter shade. */
  static String svg(String itemId, String title, boolean second) {
    int hue = Math.floorMod(itemId.hashCode() * 37, 360);
    String background = String.format(Locale.ROOT, "hsl(%d, 45%%, %d%%)", hue, second ? 78 : 62);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"400\""
        + " viewBox=\"0 0 400 400\" role=\"img\" aria-label=\""
        + Xml.escape(title)
        + "\"><rect width=\"400\" height=\"400\" fill=\""
        + background
        + "\"/><text x=\"200\" y=\"235\" font-family=\"sans-serif\" font-size=\"120\""
        + " font-weight=\"700\" fill=\"#fff\" text-anchor=\"middle\">"
        + Xml.escape(initials(title))
        + "</text><text x=\"200\" y=\"370\" font-family=\"sans-serif\" font-size=\"22\""
        + " fill=\"#fff\" text-anchor=\"middle\">eBay simulator · "
        + itemId
        + "</text></svg>";
  }

  static String initials(String title) {
    StringBuilder initials = new StringBuilder();
    for (String word : title.strip().split("\\s+")) {
      if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0))) {
        initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
      }
      if (initials.codePointCount(0, initials.length()) == 2) {
        break;
      }
    }
    return initials.length() == 0 ? "?" : initials.toString();
  }
}
