package com.qventory.sync.interfaces.http;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Request bodies each address is sending right now. A body that trickles in holds a connection and
 * memory for as long as its sender likes (up to the body deadline); this caps how many one address
 * may hold at once. An entry lives only while its address has a body open, so the map is bounded by
 * the connections the server has.
 */
final class OpenBodies {

  private final ConcurrentHashMap<String, Integer> byAddress = new ConcurrentHashMap<>();
  private final int perAddress;

  OpenBodies(int perAddress) {
    this.perAddress = perAddress;
  }

  /** Counts one more body from the address, unless it has {@code perAddress} open already. */
  boolean open(String address) {
    boolean[] opened = {false};
    byAddress.compute(
        address,
        (key, open) -> {
          int now = open == null ? 0 : open;
          if (now >= perAddress) {
            return open;
          }
          opened[0] = true;
          return now + 1;
        });
    return opened[0];
  }

  /** One body of the address is in, or gone. */
  void close(String address) {
    byAddress.computeIfPresent(address, (key, open) -> open <= 1 ? null : open - 1);
  }

  int open() {
    return byAddress.values().stream().mapToInt(Integer::intValue).sum();
  }
}
