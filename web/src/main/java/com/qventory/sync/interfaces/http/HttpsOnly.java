package com.qventory.sync.interfaces.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.util.function.Supplier;

/**
 * When the public URL is https, a page or API request that arrived over plain http is sent to the
 * same address over https (308), and one that would change something is refused (403) rather than
 * carried out in the clear. The webhooks are left alone: eBay is told the https address, and a load
 * balancer checks health over either. "Arrived over https" is WildFly's own https listener, or a
 * trusted proxy's {@code X-Forwarded-Proto} ({@link ForwardedClient}).
 */
final class HttpsOnly implements HttpHandler {

  private final HttpHandler next;
  private final Supplier<Edge> edge;

  HttpsOnly(HttpHandler next, Supplier<Edge> edge) {
    this.next = next;
    this.edge = edge;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    Edge current = edge.get();
    if (current == null
        || current.settings().httpsBase().isEmpty()
        || "https".equalsIgnoreCase(exchange.getRequestScheme())
        || exchange.getRelativePath().startsWith("/webhooks/")) {
      next.handleRequest(exchange);
      return;
    }
    String base = current.settings().httpsBase().get();
    boolean read =
        Methods.GET.equals(exchange.getRequestMethod())
            || Methods.HEAD.equals(exchange.getRequestMethod());
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=UTF-8");
    if (read) {
      String query = exchange.getQueryString();
      exchange.setStatusCode(308);
      exchange
          .getResponseHeaders()
          .put(
              Headers.LOCATION,
              base + exchange.getRequestPath() + (query.isEmpty() ? "" : "?" + query));
      exchange.getResponseSender().send("This server is served over https: " + base + "\n");
    } else {
      exchange.setStatusCode(403);
      exchange
          .getResponseSender()
          .send("This server is served over https only; nothing was done: " + base + "\n");
    }
  }
}
