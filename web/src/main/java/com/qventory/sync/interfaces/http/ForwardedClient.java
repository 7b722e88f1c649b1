package com.qventory.sync.interfaces.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.HttpString;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.function.Supplier;

/**
 * The first of the edge's handlers: a request that came through a trusted proxy ({@link
 * TrustedProxies}) is taken to come from the client the proxy names in {@code X-Forwarded-For}, and
 * to be https when the proxy says {@code X-Forwarded-Proto: https}. Everything after it — the
 * per-address limits, the refusal log, the servlet's remote address — sees that client. From any
 * other address both headers are ignored: a forged {@code X-Forwarded-For} is counted against the
 * address it really came from.
 */
final class ForwardedClient implements HttpHandler {

  static final HttpString FORWARDED_FOR = new HttpString("X-Forwarded-For");
  static final HttpString FORWARDED_PROTO = new HttpString("X-Forwarded-Proto");

  private final HttpHandler next;
  private final Supplier<Edge> edge;

  ForwardedClient(HttpHandler next, Supplier<Edge> edge) {
    this.next = next;
    this.edge = edge;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    Edge current = edge.get();
    InetSocketAddress peer = exchange.getSourceAddress();
    if (current != null && peer != null && peer.getAddress() != null) {
      TrustedProxies proxies = current.settings().trustedProxies();
      InetAddress address = peer.getAddress();
      if (proxies.contains(address)) {
        HeaderValues forwardedFor = exchange.getRequestHeaders().get(FORWARDED_FOR);
        proxies
            .client(address, forwardedFor == null ? List.of() : forwardedFor)
            .ifPresent(client -> exchange.setSourceAddress(new InetSocketAddress(client, 0)));
        if ("https".equalsIgnoreCase(exchange.getRequestHeaders().getLast(FORWARDED_PROTO))) {
          exchange.setRequestScheme("https");
        }
      }
    }
    next.handleRequest(exchange);
  }
}
