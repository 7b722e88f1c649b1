package com.qventory.sync.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * A browser without a screen: keeps cookies, follows redirects, logs in through the container's
 * form, and submits Faces forms with their view state.
 */
public final class WebClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final CookieManager cookies = new CookieManager();

  /** The server this browser talks to: the suite's, or a node of the cluster test. */
  private final URI base;

  public WebClient() {
    this(QventoryServer.BASE);
  }

  public WebClient(URI base) {
    this.base = base;
  }

  public URI base() {
    return base;
  }

  // HTTP/1.1, as a browser speaks to a plain-http address (browsers never upgrade to h2c).
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** This browser's cookies for the application, as a Cookie header (for its WebSocket). */
  public String cookieHeader() {
    return cookies.getCookieStore().get(base).stream()
        .map(cookie -> cookie.getName() + "=" + cookie.getValue())
        .collect(Collectors.joining("; "));
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> postForm(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    return postFormTo(base.resolve(path), fields);
  }

  /** A form POST anywhere (the simulator's consent page, say), in this browser's session. */
  public HttpResponse<String> postFormTo(URI uri, Map<String, String> fields)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formEncode(fields)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Opens a protected page, which answers with the log-in form, and logs in there. */
  public HttpResponse<String> openAfterLogIn(String path, String username, String password)
      throws IOException, InterruptedException {
    HttpResponse<String> loginForm = get(path);
    if (!loginForm.body().contains("j_security_check")) {
      throw new AssertionError(
          "Expected the log-in form at " + path + ", got:\n" + loginForm.body());
    }
    return postForm("/j_security_check", Map.of("j_username", username, "j_password", password));
  }

  /**
   * Submits the Faces form {@code formId} of {@code page} (already fetched in this session),
   * pressing {@code button}, with {@code inputs} by their ids inside the form.
   */
  public HttpResponse<String> submitFacesForm(
      HttpResponse<String> page, String formId, String button, Map<String, String> inputs)
      throws IOException, InterruptedException {
    Matcher viewState = VIEW_STATE.matcher(page.body());
    if (!viewState.find()) {
      throw new AssertionError("No Faces view state on " + page.uri());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put(formId, formId);
    inputs.forEach((id, value) -> fields.put(formId + ":" + id, value));
    fields.put(formId + ":" + button, button);
    fields.put("jakarta.faces.ViewState", viewState.group(1));
    return postForm(page.uri().getPath(), fields);
  }

  public static HttpResponse<String> getWithBasic(String path, String username, String password)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(QventoryServer.url(path)).timeout(Duration.ofSeconds(30));
    if (username != null) {
      request.header("Authorization", basic(username, password));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A JSON request with HTTP Basic credentials, as programs call the API. */
  public static HttpResponse<String> sendJson(
      String method, URI uri, String json, String username, String password)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
    if (username != null) {
      request.header("Authorization", basic(username, password));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Sends raw bytes from {@code localAddress} (any 127.x address is this machine, so a test can be
   * a second client address) and returns all the server answered before it closed.
   */
  public static String rawFrom(String localAddress, byte[]... parts) throws IOException {
    return rawFrom(localAddress, QventoryServer.url("/"), Optional.empty(), parts);
  }

  /**
   * {@link #rawFrom(String, byte[]...)} to {@code server}, over TLS when {@code tls} is given: the
   * answer, read until the server closes the connection.
   */
  public static String rawFrom(
      String localAddress, URI server, Optional<SSLContext> tls, byte[]... parts)
      throws IOException {
    try (Socket plain = new Socket()) {
      plain.bind(new InetSocketAddress(localAddress, 0));
      plain.connect(new InetSocketAddress(server.getHost(), server.getPort()), 5_000);
      plain.setSoTimeout(30_000);
      Socket socket =
          tls.isEmpty()
              ? plain
              : tls.get()
                  .getSocketFactory()
                  .createSocket(plain, server.getHost(), server.getPort(), true);
      for (byte[] part : parts) {
        socket.getOutputStream().write(part);
      }
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** An HTTP Basic Authorization header value. */
  public static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public static HttpResponse<String> plainGet(URI uri) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static String formEncode(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            field ->
                URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
