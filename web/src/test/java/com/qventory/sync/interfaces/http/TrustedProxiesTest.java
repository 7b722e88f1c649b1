package com.qventory.sync.interfaces.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  private final TrustedProxies proxies = TrustedProxies.parse(" 10.0.0.0/8, 192.168.1.7 ,fd00::/8");

  @Test
  void addressesAndBlocksOfBothFamiliesAreTrusted() throws Exception {
    assertTrue(proxies.contains(ip("10.200.3.4")));
    assertTrue(proxies.contains(ip("192.168.1.7")));
    assertTrue(proxies.contains(ip("fd12::1")));
    assertFalse(proxies.contains(ip("11.0.0.1")));
    assertFalse(proxies.contains(ip("192.168.1.8")));
    assertFalse(proxies.contains(ip("fe80::1")));
  }

  @Test
  void aPrefixThatIsNotWholeBytesComparesOnlyItsBits() throws Exception {
    TrustedProxies block = TrustedProxies.parse("172.16.0.0/12");
    assertTrue(block.contains(ip("172.31.255.255")));
    assertFalse(block.contains(ip("172.32.0.0")));
    assertTrue(TrustedProxies.parse("0.0.0.0/0").contains(ip("8.8.8.8")));
  }

  @Test
  void theClientIsTheRightMostAddressThatIsNotATrustedProxy() throws Exception {
    assertEquals(
        Optional.of(ip("203.0.113.9")),
        proxies.client(ip("10.0.0.1"), List.of("198.51.100.1, 203.0.113.9", "10.1.1.1")),
        "what the client wrote itself (198.51.100.1) sits left of what the proxies appended");
    assertEquals(
        Optional.of(ip("2001:db8::5")),
        proxies.client(ip("10.0.0.1"), List.of("[2001:db8::5]:4711")));
    assertEquals(
        Optional.of(ip("203.0.113.9")), proxies.client(ip("10.0.0.1"), List.of("203.0.113.9:80")));
  }

  @Test
  void anUntrustedPeerIsItsOwnClientWhateverItWrites() throws Exception {
    assertEquals(Optional.empty(), proxies.client(ip("203.0.113.50"), List.of("10.9.9.9")));
  }

  @Test
  void aTrustedProxyThatNamesNothingReadableIsNotBelieved() throws Exception {
    assertEquals(Optional.empty(), proxies.client(ip("10.0.0.1"), List.of()));
    assertEquals(Optional.empty(), proxies.client(ip("10.0.0.1"), List.of("unknown")));
    assertEquals(
        Optional.empty(),
        proxies.client(ip("10.0.0.1"), List.of("203.0.113.9, evil.example")),
        "a name is never looked up");
    assertEquals(
        Optional.empty(),
        proxies.client(ip("10.0.0.1"), List.of("10.0.0.2")),
        "only proxies: no client named");
  }

  @Test
  void aBadEntryIsNamed() {
    IllegalArgumentException wrong =
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
    assertTrue(wrong.getMessage().contains("10.0.0.0/33"), wrong.getMessage());
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.example"));
    assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("256.1.1.1"));
    assertTrue(TrustedProxies.parse(" , ").isEmpty());
  }

  private static InetAddress ip(String literal) throws Exception {
    return TrustedProxies.literal(literal).orElseThrow();
  }
}
