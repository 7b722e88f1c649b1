package com.qventory.sync.ebaysim;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.w3c.dom.Element;

/**
 * The Trading API at {@code /ws/api.dll}: XML in, XML out, dispatched on {@code
 * X-EBAY-API-CALL-NAME}, authenticated by the seller's OAuth token in {@code X-EBAY-API-IAF-TOKEN}.
 * Answers carry eBay's {@code Ack} and {@code Errors}.
 */
final class TradingApiHandler {

  static final Duration SELLER_EVENTS_HORIZON = Duration.ofHours(48);
  static final Duration SELLER_LIST_MAX_WINDOW = Duration.ofDays(120);

  private final SimState state;
  private final EbayLimits limits;

  /** A failure answered as eBay's {@code Errors} element. */
  static final class TradingError extends Exception {
    private static final long serialVersionUID = 1L;
    final String code;

    TradingError(String code, String message) {
      super(message);
      this.code = code;
    }
  }

  private final Map<String, Call> calls =
      Map.of(
          "GetUser", this::getUser,
          "SetNotificationPreferences", this::setNotificationPreferences,
          "GetNotificationPreferences", this::getNotificationPreferences,
          "GetNotificationsUsage", this::getNotificationsUsage,
          "GetItem", this::getItem,
          "GetSellerEvents", this::getSellerEvents,
          "GetSellerList", this::getSellerList,
          "GetOrders", this::getOrders);

  @FunctionalInterface
  private interface Call {
    String answer(String userId, Element request) throws TradingError;
  }

  TradingApiHandler(SimState state, EbayLimits limits) {
    this.state = state;
    this.limits = limits;
  }

  void handle(HttpExchange exchange) throws IOException {
    String call = String.valueOf(exchange.getRequestHeaders().getFirst("X-EBAY-API-CALL-NAME"));
    String content;
    try {
      Call handler = calls.get(call);
      if (handler == null) {
        throw new TradingError("2", "Unsupported API call: " + call);
      }
      String userId = authenticate(exchange.getRequestHeaders().getFirst("X-EBAY-API-IAF-TOKEN"));
      Element request;
      try {
        request = Xml.parse(Http.body(exchange)).getDocumentElement();
      } catch (Exception e) {
        throw new TradingError("5", "XML Parse error: " + e.getMessage());
      }
      synchronized (state.lock) {
        countAgainstLimit(call);
        if (state.failingCalls.getOrDefault(userId, Set.of()).contains(call)) {
          throw new TradingError("10007", "Internal error to the application (simulated fault)");
        }
        content = Payloads.response(call, state.now(), "Success", handler.answer(userId, request));
      }
    } catch (TradingError e) {
      content = Payloads.error(call, state.now(), e.code, e.getMessage());
    }
    state.answerLate(call);
    Http.send(exchange, 200, "text/xml; charset=utf-8", content);
  }

  /** eBay limits each call per application per day; the count starts again each (UTC) day. */
  private void countAgainstLimit(String call) throws TradingError {
    LocalDate today = LocalDate.ofInstant(state.now(), ZoneOffset.UTC);
    if (!today.equals(state.callDay)) {
      state.callDay = today;
      state.callsToday.clear();
    }
    int made = state.callsToday.merge(call, 1, Integer::sum);
    Integer limit = state.callLimits.get(call);
    if (limit != null && made > limit) {
      throw new TradingError(
          "518", "Call usage limit has been reached for " + call + " (" + limit + " a day)");
    }
  }

  private String authenticate(String token) throws TradingError {
    if (token == null || token.isBlank()) {
      throw new TradingError(
          "931",
          "Auth token is invalid. Validation of the authentication token in API request failed.");
    }
    synchronized (state.lock) {
      SimState.AccessToken access = state.accessTokens.get(token.strip());
      if (access == null) {
        throw new TradingError("21916984", "Invalid IAF token.");
      }
      if (access.expires().isBefore(state.now())) {
        throw new TradingError("21917053", "The token has expired.");
      }
      if (access.userId() == null) {
        throw new TradingError("21916984", "An application token cannot make user calls.");
      }
      return access.userId();
    }
  }

  private String getUser(String userId, Element request) {
    SimState.Seller seller = state.seller(userId);
    return "<User>"
        + Xml.element("UserID", seller.userId())
        + Xml.element("EIASToken", seller.eiasToken())
        + Xml.element("RegistrationDate", Xml.time(seller.registered()))
        + Xml.element("Site", "US")
        + Xml.element("Status", "Confirmed")
        + "</User>";
  }

  private String setNotificationPreferences(String userId, Element request) throws TradingError {
    Optional<Element> application = Xml.child(request, "ApplicationDeliveryPreferences");
    if (application.isPresent()) {
      Element a = application.get();
      SimState.ApplicationPreferences prefs = state.application;
      Optional<String> url = Xml.text(a, "ApplicationURL");
      if (url.isPresent() && !url.get().matches("https?://.+")) {
        throw new TradingError("12201", "ApplicationURL is not a valid URL: " + url.get());
      }
      url.ifPresent(u -> prefs.applicationUrl = u);
      Xml.text(a, "ApplicationEnable").ifPresent(e -> prefs.enabled = e.equals("Enable"));
      Xml.text(a, "AlertEmail").ifPresent(e -> prefs.alertEmail = e);
      Xml.text(a, "AlertEnable").ifPresent(e -> prefs.alertEnabled = e.equals("Enable"));
      Xml.text(a, "PayloadVersion").ifPresent(v -> prefs.payloadVersion = v);
      prefs.set = true;
    }
    SimState.UserPreferences user = state.preferences(userId);
    Optional<Element> array = Xml.child(request, "UserDeliveryPreferenceArray");
    if (array.isPresent()) {
      for (Element enable : Xml.children(array.get(), "NotificationEnable")) {
        String type =
            Xml.text(enable, "EventType")
                .orElseThrow(() -> new TradingError("37", "EventType is missing"));
        String value = Xml.text(enable, "EventEnable").orElse("Enable");
        user.events.put(type, value.equals("Enable"));
      }
    }
    Optional<Element> userData = Xml.child(request, "UserData");
    if (userData.isPresent()) {
      Optional<String> external = Xml.text(userData.get(), "ExternalUserData");
      if (external.isPresent() && external.get().length() > 256) {
        throw new TradingError("12205", "ExternalUserData is longer than 256 characters");
      }
      user.externalUserData = external.orElse(null);
    }
    if (application.isEmpty() && array.isEmpty() && userData.isEmpty()) {
      throw new TradingError("37", "Input data is invalid: no preferences given");
    }
    return "";
  }

  private String getNotificationPreferences(String userId, Element request) throws TradingError {
    String level =
        Xml.text(request, "PreferenceLevel")
            .orElseThrow(() -> new TradingError("37", "PreferenceLevel is required"));
    return switch (level) {
      case "Application" -> {
        SimState.ApplicationPreferences a = state.application;
        yield a.set
            ? "<ApplicationDeliveryPreferences>"
                + Xml.element("ApplicationURL", a.applicationUrl)
                + Xml.element("ApplicationEnable", a.enabled ? "Enable" : "Disable")
                + Xml.element("AlertEmail", a.alertEmail)
                + Xml.element("AlertEnable", a.alertEnabled ? "Enable" : "Disable")
                + Xml.element("DeviceType", "Platform")
                + Xml.element("PayloadVersion", a.payloadVersion)
                + "</ApplicationDeliveryPreferences>"
            : "";
      }
      case "User" -> {
        StringBuilder xml = new StringBuilder("<UserDeliveryPreferenceArray>");
        state
            .preferences(userId)
            .events
            .forEach(
                (type, enabled) ->
                    xml.append("<NotificationEnable>")
                        .append(Xml.element("EventType", type))
                        .append(Xml.element("EventEnable", enabled ? "Enable" : "Disable"))
                        .append("</NotificationEnable>"));
        yield xml.append("</UserDeliveryPreferenceArray>").toString();
      }
      case "UserData" ->
          "<UserData>"
              + Xml.element("ExternalUserData", state.preferences(userId).externalUserData)
              + "</UserData>";
      case "Event" -> "<EventProperty/>";
      default ->
          throw new TradingError(
              "37",
              "PreferenceLevel " + level + " is not one of Application, User, UserData, Event");
    };
  }

  private String getNotificationsUsage(String userId, Element request) throws TradingError {
    Instant end = time(request, "EndTime").orElse(state.now());
    Instant start = time(request, "StartTime").orElse(end.minus(Duration.ofHours(24)));
    if (start.isBefore(state.now().minus(Duration.ofHours(72)))) {
      throw new TradingError("12209", "StartTime can be at most 72 hours in the past");
    }
    SimState.Usage u = state.usage;
    StringBuilder history = new StringBuilder("<MarkUpMarkDownHistory>");
    for (String[] event : u.markHistory) {
      history
          .append("<MarkUpMarkDownEvent>")
          .append(Xml.element("Type", event[0]))
          .append(Xml.element("Time", event[1]))
          .append(Xml.element("Reason", event[2]))
          .append("</MarkUpMarkDownEvent>");
    }
    history.append("</MarkUpMarkDownHistory>");
    return Xml.element("StartTime", Xml.time(start))
        + Xml.element("EndTime", Xml.time(end))
        + "<NotificationStatistics>"
        + Xml.element("DeliveredCount", u.delivered)
        + Xml.element("QueuedNewCount", u.queuedNew)
        + Xml.element("QueuedPendingCount", u.queuedPending)
        + Xml.element("ExpiredCount", u.expired)
        + Xml.element("ErrorCount", u.errors)
        + "</NotificationStatistics>"
        + history;
  }

  /**
   * The caller's orders by OrderID; a single-line order's id is {@code ItemID-TransactionID}, as
   * eBay's legacy order ids are. Another seller's order is simply not in the answer.
   */
  private String getOrders(String userId, Element request) throws TradingError {
    String orderId =
        Xml.text(request, "OrderID")
            .orElseThrow(() -> new TradingError("10009", "No OrderID specified"));
    StringBuilder orders = new StringBuilder("<OrderArray>");
    int dash = orderId.indexOf('-');
    SimItem item = dash < 0 ? null : state.items.get(orderId.substring(0, dash));
    if (item != null && item.sellerUserId.equals(userId)) {
      for (SimItem.Transaction t : item.transactions) {
        if (t.transactionId().equals(orderId.substring(dash + 1))) {
          orders
              .append("<Order>")
              .append(Xml.element("OrderID", orderId))
              .append(Xml.element("OrderStatus", "Completed"))
              .append(
                  Payloads.transactions(item, List.of(t))
                      .replace(
                          "<Transaction>",
                          "<Transaction><Item>" + Xml.element("ItemID", item.itemId) + "</Item>"))
              .append("</Order>");
        }
      }
    }
    return orders.append("</OrderArray>").toString();
  }

  private String getItem(String userId, Element request) throws TradingError {
    String itemId =
        Xml.text(request, "ItemID")
            .orElseThrow(() -> new TradingError("10009", "No ItemID specified"));
    SimItem item = state.items.get(itemId);
    if (item == null) {
      throw new TradingError(
          "17",
          "This item cannot be accessed because the listing has been deleted or is not found: "
              + itemId);
    }
    return Payloads.item(item);
  }

  /**
   * The seller's listings changed in one window. Strict eBay: changes younger than the freshness
   * lag are not in the answer yet (a request that reaches into them is counted), and the answer
   * stops at 2,000 items with DetailLevel=ReturnAll (3,000 without), oldest first, with no sign of
   * it but its size; variations only where they had activity.
   */
  private String getSellerEvents(String userId, Element request) throws TradingError {
    Instant now = state.now();
    Window window =
        firstWindow(request, List.of("ModTime", "StartTime", "EndTime"))
            .orElseThrow(
                () ->
                    new TradingError(
                        "37", "One of ModTimeFrom, StartTimeFrom or EndTimeFrom is required"));
    if (window.from.isBefore(now.minus(SELLER_EVENTS_HORIZON))) {
      throw new TradingError("21919", window.name + "From is more than 48 hours in the past");
    }
    Instant settled = now.minus(limits.freshnessLag());
    if (limits.strict() && window.to.isAfter(settled)) {
      state.usage.freshnessViolations++;
    }
    Function<SimItem, Instant> field = timeField(window.name);
    boolean returnAll = Xml.text(request, "DetailLevel").filter("ReturnAll"::equals).isPresent();
    List<SimItem> matching =
        sellersItemsIn(userId, window).stream()
            .filter(i -> !limits.strict() || !field.apply(i).isAfter(settled))
            .sorted(Comparator.comparing(field))
            .limit(limits.sellerEventsCap(returnAll))
            .toList();
    StringBuilder xml = new StringBuilder(Xml.element("TimeTo", Xml.time(window.to)));
    xml.append("<ItemArray>");
    matching.forEach(i -> xml.append(Payloads.polledItem(i, limits.strict())));
    return xml.append("</ItemArray>").toString();
  }

  private String getSellerList(String userId, Element request) throws TradingError {
    Window window =
        firstWindow(request, List.of("EndTime", "StartTime"))
            .orElseThrow(
                () -> new TradingError("37", "StartTimeFrom/To or EndTimeFrom/To is required"));
    int sign = Duration.between(window.from, window.to).compareTo(SELLER_LIST_MAX_WINDOW);
    if (sign > 0 || (limits.strict() && sign == 0)) {
      throw new TradingError("21902", "The time range must be less than 120 days");
    }
    int perPage = Xml.text(request, "EntriesPerPage").map(Integer::parseInt).orElse(25);
    int page = Xml.text(request, "PageNumber").map(Integer::parseInt).orElse(1);
    if (perPage < 1 || perPage > 200 || page < 1) {
      throw new TradingError("37", "EntriesPerPage is 1 to 200 and PageNumber at least 1");
    }
    List<SimItem> matching = sellersItemsIn(userId, window);
    int pages = Math.max(1, (matching.size() + perPage - 1) / perPage);
    StringBuilder xml =
        new StringBuilder("<PaginationResult>")
            .append(Xml.element("TotalNumberOfPages", pages))
            .append(Xml.element("TotalNumberOfEntries", matching.size()))
            .append("</PaginationResult>")
            .append(Xml.element("HasMoreItems", page < pages))
            .append("<ItemArray>");
    matching.stream()
        .skip((long) (page - 1) * perPage)
        .limit(perPage)
        .forEach(i -> xml.append(Payloads.polledItem(i, limits.strict())));
    return xml.append("</ItemArray>")
        .append(Xml.element("ItemsPerPage", perPage))
        .append(Xml.element("PageNumber", page))
        .append(
            Xml.element(
                "ReturnedItemCountActual",
                Math.max(0, Math.min(perPage, matching.size() - (page - 1) * perPage))))
        .toString();
  }

  /** The seller's items whose time field named by the window lies within it. */
  private List<SimItem> sellersItemsIn(String userId, Window window) {
    Function<SimItem, Instant> field = timeField(window.name);
    return sellersItems(userId).stream()
        .filter(i -> !field.apply(i).isBefore(window.from) && !field.apply(i).isAfter(window.to))
        .toList();
  }

  private List<SimItem> sellersItems(String userId) {
    return state.items.values().stream()
        .filter(i -> i.sellerUserId.equals(userId))
        .sorted(Comparator.comparing((SimItem i) -> i.startTime))
        .toList();
  }

  private record Window(String name, Instant from, Instant to) {}

  private Optional<Window> firstWindow(Element request, List<String> names) throws TradingError {
    for (String name : names) {
      Optional<Instant> from = time(request, name + "From");
      if (from.isPresent()) {
        Instant to = time(request, name + "To").orElse(state.now());
        if (to.isBefore(from.get())) {
          throw new TradingError("37", name + "To is before " + name + "From");
        }
        return Optional.of(new Window(name, from.get(), to));
      }
    }
    return Optional.empty();
  }

  private static Function<SimItem, Instant> timeField(String name) {
    return switch (name) {
      case "ModTime" -> i -> i.lastModified;
      case "StartTime" -> i -> i.startTime;
      default -> i -> i.endTime;
    };
  }

  private static Optional<Instant> time(Element request, String name) throws TradingError {
    Optional<String> text = Xml.text(request, name);
    try {
      return text.map(Instant::parse);
    } catch (DateTimeParseException e) {
      throw new TradingError("37", name + " is not a time: " + text.get());
    }
  }
}
