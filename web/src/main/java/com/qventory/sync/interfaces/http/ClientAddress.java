package com.qventory.sync.interfaces.http;

import io.undertow.server.HttpServerExchange;
import java.net.InetSocketAddress;

/** The address a request comes from, as every per-address limit counts it. */
final class ClientAddress {

  private ClientAddress() {}

  static String of(HttpServerExchange exchange) {
    InetSocketAddress source = exchange.getSourceAddress();
    return source == null || source.getAddress() == null
        ? "unknown"
        : source.getAddress().getHostAddress();
  }
}
