package com.qventory.sync.infrastructure.ebay.trading;

import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.inventory.EbaySale;
import com.qventory.sync.domain.inventory.Money;
import com.qventory.sync.domain.inventory.VariationSpecifics;
import com.qventory.sync.domain.seller.EbayApi;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.webhook.EbayKeyset;
import com.qventory.sync.infrastructure.ebay.EbayEndpoints;
import com.qventory.sync.infrastructure.ebay.PushSyncSettings;
import com.qventory.sync.infrastructure.ebay.xml.TradingAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLStreamException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** eBay's OAuth and Trading API over HTTP (the simulator by default; see {@link EbayEndpoints}). */
@ApplicationScoped
public class HttpEbayApi implements EbayApi {

  static final String COMPATIBILITY_LEVEL = "1423";
  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  /**
   * GetSellerEvents, GetSellerList and GetItem can take minutes to answer (KB 1313 recommends a
   * timeout over 120 s); they run in the background, never on a request thread.
   */
  static final Duration POLLING_TIMEOUT = Duration.ofSeconds(150);

  @Inject private EbayEndpoints endpoints;

  @Inject private PushSyncSettings settings;

  @Inject private Clock clock;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Override
  public String consentUrl(String state) {
    return endpoints.authorizeUrl()
        + "?client_id="
        + encode(keyset().appId())
        + "&redirect_uri="
        + encode(endpoints.ruName())
        + "&response_type=code"
        + "&scope="
        + encode(endpoints.scopes())
        + "&state="
        + encode(state);
  }

  @Override
  public Tokens exchangeCode(String code) throws EbayApiException {
    return tokens(
        "grant_type=authorization_code&code="
            + encode(code)
            + "&redirect_uri="
            + encode(endpoints.ruName()));
  }

  @Override
  public Tokens refresh(String refreshToken) throws EbayApiException {
    return tokens(
        "grant_type=refresh_token&refresh_token="
            + encode(refreshToken)
            + "&scope="
            + encode(endpoints.scopes()));
  }

  @Override
  public Tokens applicationToken() throws EbayApiException {
    return tokens(
        "grant_type=client_credentials&scope=" + encode("https://api.ebay.com/oauth/api_scope"));
  }

  private Tokens tokens(String form) throws EbayApiException {
    EbayKeyset keyset = keyset();
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(endpoints.tokenUrl()))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                (keyset.appId() + ":" + keyset.certId())
                                    .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    JsonObject json;
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      json = reader.readObject();
    } catch (RuntimeException e) {
      throw new EbayApiException(
          "eBay's token endpoint answered " + response.statusCode() + " without JSON");
    }
    if (response.statusCode() != 200) {
      throw new EbayApiException(
          "eBay refused the token request: "
              + json.getString("error", "?")
              + " ("
              + json.getString("error_description", "")
              + ")",
          json.getString("error", null));
    }
    Instant now = clock.instant();
    return new Tokens(
        json.getString("access_token"),
        now.plusSeconds(json.getJsonNumber("expires_in").longValue()),
        Optional.ofNullable(json.getString("refresh_token", null)),
        json.containsKey("refresh_token_expires_in")
            ? Optional.of(
                now.plusSeconds(json.getJsonNumber("refresh_token_expires_in").longValue()))
            : Optional.empty());
  }

  @Override
  public EbayUser getUser(String accessToken) throws EbayApiException {
    Element response = call("GetUser", accessToken, "");
    return new EbayUser(
        text(response, "UserID")
            .orElseThrow(() -> new EbayApiException("GetUser returned no UserID")),
        text(response, "EIASToken"));
  }

  @Override
  public ApplicationDelivery applicationDelivery(String accessToken) throws EbayApiException {
    Element response =
        call(
            "GetNotificationPreferences",
            accessToken,
            "<PreferenceLevel>Application</PreferenceLevel>");
    return new ApplicationDelivery(
        text(response, "ApplicationURL"),
        text(response, "ApplicationEnable").filter("Enable"::equals).isPresent());
  }

  @Override
  public void setApplicationDelivery(String accessToken, String applicationUrl)
      throws EbayApiException {
    call(
        "SetNotificationPreferences",
        accessToken,
        "<ApplicationDeliveryPreferences><ApplicationURL>"
            + escape(applicationUrl)
            + "</ApplicationURL>"
            + "<ApplicationEnable>Enable</ApplicationEnable><DeviceType>Platform</DeviceType>"
            + "</ApplicationDeliveryPreferences>");
  }

  @Override
  public void setUserEvents(
      String accessToken, List<String> events, boolean enable, String externalUserData)
      throws EbayApiException {
    StringBuilder body = new StringBuilder("<UserDeliveryPreferenceArray>");
    for (String event : events) {
      body.append("<NotificationEnable><EventType>")
          .append(escape(event))
          .append("</EventType><EventEnable>")
          .append(enable ? "Enable" : "Disable")
          .append("</EventEnable></NotificationEnable>");
    }
    body.append("</UserDeliveryPreferenceArray>");
    if (externalUserData != null) {
      body.append("<UserData><ExternalUserData>")
          .append(escape(externalUserData))
          .append("</ExternalUserData></UserData>");
    }
    call("SetNotificationPreferences", accessToken, body.toString());
  }

  @Override
  public NotificationUsage notificationsUsage(String accessToken, Instant from, Instant to)
      throws EbayApiException {
    Element response =
        call(
            "GetNotificationsUsage",
            accessToken,
            "<StartTime>"
                + EBAY_TIME.format(from)
                + "</StartTime><EndTime>"
                + EBAY_TIME.format(to)
                + "</EndTime>");
    List<MarkEvent> history = new ArrayList<>();
    NodeList marks = response.getElementsByTagNameNS("*", "MarkUpMarkDownEvent");
    for (int i = 0; i < marks.getLength(); i++) {
      Element mark = (Element) marks.item(i);
      history.add(
          new MarkEvent(
              text(mark, "Type").orElse("?"),
              text(mark, "Time").map(Instant::parse).orElse(null),
              text(mark, "Reason").orElse("")));
    }
    return new NotificationUsage(
        count(response, "DeliveredCount"),
        count(response, "QueuedNewCount"),
        count(response, "QueuedPendingCount"),
        count(response, "ExpiredCount"),
        count(response, "ErrorCount"),
        history);
  }

  private static long count(Element response, String name) {
    return text(response, name).map(Long::parseLong).orElse(0L);
  }

  @Override
  public Map<String, Boolean> userEvents(String accessToken) throws EbayApiException {
    Element response =
        call("GetNotificationPreferences", accessToken, "<PreferenceLevel>User</PreferenceLevel>");
    Map<String, Boolean> events = new LinkedHashMap<>();
    NodeList enables = response.getElementsByTagNameNS("*", "NotificationEnable");
    for (int i = 0; i < enables.getLength(); i++) {
      Element enable = (Element) enables.item(i);
      text(enable, "EventType")
          .ifPresent(
              type ->
                  events.put(
                      type, text(enable, "EventEnable").filter("Enable"::equals).isPresent()));
    }
    return events;
  }

  @Override
  public SellerListPage sellerList(
      String accessToken, Instant from, Instant to, int page, int perPage) throws EbayApiException {
    Answer answer =
        exchange(
            "GetSellerList",
            accessToken,
            "<EndTimeFrom>"
                + ebayTime(from)
                + "</EndTimeFrom><EndTimeTo>"
                + ebayTime(to)
                + "</EndTimeTo>"
                + "<DetailLevel>ReturnAll</DetailLevel>"
                + "<Pagination><EntriesPerPage>"
                + perPage
                + "</EntriesPerPage><PageNumber>"
                + page
                + "</PageNumber></Pagination>",
            POLLING_TIMEOUT);
    Element response = answer.root();
    List<EbayListing> items = partial(listings("GetSellerList", answer.xml()));
    return new SellerListPage(
        items,
        text(response, "TotalNumberOfPages").map(Integer::parseInt).orElse(1),
        text(response, "TotalNumberOfEntries").map(Integer::parseInt).orElse(items.size()),
        text(response, "Timestamp").map(Instant::parse).orElse(clock.instant()));
  }

  @Override
  public SellerListPage sellerEvents(String accessToken, Instant from, Instant to)
      throws EbayApiException {
    Answer answer =
        exchange(
            "GetSellerEvents",
            accessToken,
            "<ModTimeFrom>"
                + ebayTime(from)
                + "</ModTimeFrom><ModTimeTo>"
                + ebayTime(to)
                + "</ModTimeTo>"
                + "<DetailLevel>ReturnAll</DetailLevel>",
            POLLING_TIMEOUT);
    List<EbayListing> items = partial(listings("GetSellerEvents", answer.xml()));
    return new SellerListPage(
        items,
        1,
        items.size(),
        text(answer.root(), "Timestamp").map(Instant::parse).orElse(clock.instant()));
  }

  /** eBay's polling calls may list only the variations with activity, not all of them. */
  private static List<EbayListing> partial(List<EbayListing> listings) {
    return listings.stream().map(EbayListing::withPartialVariations).toList();
  }

  /** The listings of an answer, read by the same mapper as a notification's Item. */
  private static List<EbayListing> listings(String call, String answer) throws EbayApiException {
    try {
      return TradingAnswer.listings(answer);
    } catch (XMLStreamException e) {
      throw new EbayApiException(
          call + ": eBay's listings could not be read: " + e.getMessage(), e);
    }
  }

  @Override
  public EbayListing getItem(String accessToken, String itemId) throws EbayApiException {
    return listings("GetItem", getItemAnswer(accessToken, itemId).xml()).stream()
        .findFirst()
        .orElseThrow(() -> new EbayApiException("GetItem returned no Item for " + itemId));
  }

  @Override
  public Optional<EbayListing> listingOf(String accessToken, String ebayUserId, String itemId)
      throws EbayApiException {
    Answer answer;
    try {
      answer = getItemAnswer(accessToken, itemId);
    } catch (EbayApiException e) {
      if (e.code().filter(ITEM_NOT_FOUND::equals).isPresent()) {
        return Optional.empty();
      }
      throw e;
    }
    NodeList sellers = answer.root().getElementsByTagNameNS("*", "Seller");
    Optional<String> seller =
        sellers.getLength() == 0 ? Optional.empty() : text((Element) sellers.item(0), "UserID");
    if (seller.filter(ebayUserId::equalsIgnoreCase).isEmpty()) {
      return Optional.empty();
    }
    return listings("GetItem", answer.xml()).stream().findFirst();
  }

  private Answer getItemAnswer(String accessToken, String itemId) throws EbayApiException {
    return exchange(
        "GetItem",
        accessToken,
        "<ItemID>" + escape(itemId) + "</ItemID><DetailLevel>ReturnAll</DetailLevel>",
        POLLING_TIMEOUT);
  }

  /** GetItem's error for a listing that is deleted or was never there. */
  private static final String ITEM_NOT_FOUND = "17";

  /** One Trading API call; a Failure Ack becomes an exception with eBay's message. */
  @Override
  public List<OrderLine> orderLines(String accessToken, String orderId) throws EbayApiException {
    Element root =
        call(
            "GetOrders",
            accessToken,
            "<OrderIDArray><OrderID>"
                + escape(orderId)
                + "</OrderID></OrderIDArray><DetailLevel>ReturnAll</DetailLevel>");
    List<OrderLine> lines = new ArrayList<>();
    NodeList orders = root.getElementsByTagNameNS("*", "Order");
    for (int o = 0; o < orders.getLength(); o++) {
      Element order = (Element) orders.item(o);
      lines.addAll(orderLines(order, text(order, "OrderID")));
    }
    return lines;
  }

  /** The lines of one Order of a GetOrders answer. */
  private static List<OrderLine> orderLines(Element order, Optional<String> orderId)
      throws EbayApiException {
    List<OrderLine> lines = new ArrayList<>();
    NodeList transactions = order.getElementsByTagNameNS("*", "Transaction");
    for (int i = 0; i < transactions.getLength(); i++) {
      Element t = (Element) transactions.item(i);
      Optional<String> itemId = text(t, "ItemID");
      Optional<String> transactionId = text(t, "TransactionID");
      if (itemId.isEmpty() || transactionId.isEmpty()) {
        continue;
      }
      Optional<Element> price = first(t, "TransactionPrice");
      Optional<Element> variation = first(t, "Variation");
      try {
        lines.add(
            new OrderLine(
                itemId.get(),
                new EbaySale(
                    transactionId.get(),
                    text(t, "QuantityPurchased").map(Integer::parseInt).orElse(1),
                    price.map(
                        p -> Money.parse(p.getTextContent().strip(), p.getAttribute("currencyID"))),
                    text(t, "CreatedDate").map(Instant::parse),
                    text(t, "OrderLineItemID"),
                    orderId,
                    first(t, "Buyer").flatMap(b -> text(b, "UserID")),
                    variation.flatMap(v -> text(v, "SKU")),
                    variation.map(HttpEbayApi::specifics).orElse(VariationSpecifics.NONE),
                    variation.flatMap(v -> text(v, "VariationTitle")))));
      } catch (RuntimeException e) {
        throw new EbayApiException("GetOrders: an order line could not be read: " + e.getMessage());
      }
    }
    return lines;
  }

  private static Optional<Element> first(Element from, String name) {
    NodeList found = from.getElementsByTagNameNS("*", name);
    return found.getLength() == 0 ? Optional.empty() : Optional.of((Element) found.item(0));
  }

  private static VariationSpecifics specifics(Element variation) {
    Map<String, String> values = new LinkedHashMap<>();
    NodeList pairs = variation.getElementsByTagNameNS("*", "NameValueList");
    for (int i = 0; i < pairs.getLength(); i++) {
      Element pair = (Element) pairs.item(i);
      Optional<String> name = text(pair, "Name");
      Optional<String> value = text(pair, "Value");
      if (name.isPresent() && value.isPresent()) {
        values.put(name.get(), value.get());
      }
    }
    return VariationSpecifics.of(values);
  }

  private Element call(String name, String accessToken, String content) throws EbayApiException {
    return exchange(name, accessToken, content, TIMEOUT).root();
  }

  /** An answer, parsed once: its document for the envelope's fields, its text for the listings. */
  private record Answer(Element root, String xml) {}

  /** {@link #call}, with the answer's text as well. */
  private Answer exchange(String name, String accessToken, String content, Duration timeout)
      throws EbayApiException {
    String body =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><"
            + name
            + "Request xmlns=\"urn:ebay:apis:eBLBaseComponents\">"
            + content
            + "</"
            + name
            + "Request>";
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(URI.create(endpoints.tradingUrl()))
                .timeout(timeout)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("X-EBAY-API-CALL-NAME", name)
                .header("X-EBAY-API-SITEID", "0")
                .header("X-EBAY-API-COMPATIBILITY-LEVEL", COMPATIBILITY_LEVEL)
                .header("X-EBAY-API-IAF-TOKEN", accessToken)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    Element root = root(name + " (HTTP " + response.statusCode() + ")", response.body());
    String ack = text(root, "Ack").orElse("Failure");
    if (ack.equals("Failure") || ack.equals("PartialFailure")) {
      throw new EbayApiException(
          name
              + " failed: "
              + text(root, "LongMessage").or(() -> text(root, "ShortMessage")).orElse("no message")
              + " (error "
              + text(root, "ErrorCode").orElse("?")
              + ")",
          text(root, "ErrorCode").orElse(null));
    }
    return new Answer(root, response.body());
  }

  private static Element root(String call, String xml) throws EbayApiException {
    try {
      return parse(xml).getDocumentElement();
    } catch (Exception e) {
      throw new EbayApiException(call + ": eBay answered without XML");
    }
  }

  private HttpResponse<String> send(HttpRequest request) throws EbayApiException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new EbayApiException(
          "eBay could not be reached at " + request.uri().getHost() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EbayApiException("Interrupted while calling eBay", e);
    }
  }

  private EbayKeyset keyset() {
    return settings
        .keyset()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "The eBay keyset is not configured: "
                        + String.join(", ", settings.missingSettings())));
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Optional<String> text(Element from, String name) {
    NodeList found = from.getElementsByTagNameNS("*", name);
    return found.getLength() == 0
        ? Optional.empty()
        : Optional.of(found.item(0).getTextContent().strip()).filter(t -> !t.isEmpty());
  }

  /**
   * eBay's time format: UTC with exactly three fraction digits ({@code 2026-11-27T18:35:50.478Z}).
   */
  static String ebayTime(Instant instant) {
    return EBAY_TIME.format(instant);
  }

  private static final DateTimeFormatter EBAY_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
