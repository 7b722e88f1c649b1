package com.qventory.sync.interfaces.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The proxies and load balancers whose word about the client is believed ({@code
 * qventory.http.trusted-proxies}): addresses or CIDR blocks, IPv4 or IPv6. Nobody is trusted unless
 * listed: behind a TLS-terminating proxy every per-address limit would otherwise see the proxy's
 * address, and without a list anyone could name any address in a header.
 */
final class TrustedProxies {

  static final TrustedProxies NONE = new TrustedProxies(List.of());

  private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
  private static final Pattern IPV4 = Pattern.compile("(" + OCTET + "\\.){3}" + OCTET);
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  /** An address block: {@code prefix} leading bits of {@code network}. */
  private record Block(byte[] network, int prefix) {

    boolean contains(byte[] address) {
      if (address.length != network.length) {
        return false;
      }
      int whole = prefix / 8;
      if (!Arrays.equals(address, 0, whole, network, 0, whole)) {
        return false;
      }
      int rest = prefix % 8;
      int mask = (0xFF << (8 - rest)) & 0xFF;
      return rest == 0 || (address[whole] & mask) == (network[whole] & mask);
    }
  }

  private final List<Block> blocks;

  private TrustedProxies(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  /**
   * Reads a comma-separated list of addresses ({@code 10.0.0.5}, {@code ::1}) and blocks ({@code
   * 10.0.0.0/8}, {@code fd00::/8}); blank is nobody.
   *
   * @throws IllegalArgumentException naming the first entry that is neither
   */
  static TrustedProxies parse(String list) {
    List<Block> blocks = new ArrayList<>();
    for (String entry : list.split(",")) {
      String text = entry.strip();
      if (text.isEmpty()) {
        continue;
      }
      int slash = text.indexOf('/');
      Optional<InetAddress> address = literal(slash < 0 ? text : text.substring(0, slash));
      if (address.isEmpty()) {
        throw new IllegalArgumentException(
            "\"" + text + "\" is not an IP address or CIDR block (such as 10.0.0.0/8)");
      }
      byte[] bytes = address.get().getAddress();
      int bits = bytes.length * 8;
      int prefix = bits;
      if (slash >= 0) {
        try {
          prefix = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
          prefix = -1;
        }
        if (prefix < 0 || prefix > bits) {
          throw new IllegalArgumentException(
              "\"" + text + "\" has a prefix length outside 0–" + bits);
        }
      }
      blocks.add(new Block(bytes, prefix));
    }
    return new TrustedProxies(blocks);
  }

  boolean isEmpty() {
    return blocks.isEmpty();
  }

  boolean contains(InetAddress address) {
    byte[] bytes = address.getAddress();
    return blocks.stream().anyMatch(block -> block.contains(bytes));
  }

  /**
   * The client a request names when it came from a trusted proxy: walking {@code X-Forwarded-For}
   * from the right (each proxy appends the address it was reached from), the first address that is
   * not itself a trusted proxy. What a client wrote into the header itself sits to the left of that
   * and is never reached.
   *
   * @param forwardedFor the header's values, in the order they came
   * @return empty when {@code peer} is not trusted, or the header names no readable address
   */
  Optional<InetAddress> client(InetAddress peer, List<String> forwardedFor) {
    if (!contains(peer)) {
      return Optional.empty();
    }
    List<String> hops = new ArrayList<>();
    for (String value : forwardedFor) {
      hops.addAll(Arrays.asList(value.split(",")));
    }
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<InetAddress> hop = literal(withoutPort(hops.get(i).strip()));
      if (hop.isEmpty()) {
        return Optional.empty(); // a proxy we trust wrote nothing readable: believe nothing
      }
      if (!contains(hop.get())) {
        return hop;
      }
    }
    return Optional.empty();
  }

  /** {@code 1.2.3.4:5678} or {@code [::1]:5678} without the port. */
  private static String withoutPort(String hop) {
    if (hop.startsWith("[")) {
      int end = hop.indexOf(']');
      return end < 0 ? hop : hop.substring(1, end);
    }
    int colon = hop.indexOf(':');
    return colon >= 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
  }

  /** An IP address written as one; never a name (no DNS look-up is made). */
  static Optional<InetAddress> literal(String text) {
    if (!IPV4.matcher(text).matches() && !IPV6.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(text));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }
}
