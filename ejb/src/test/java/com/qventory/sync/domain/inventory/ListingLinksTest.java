package com.qventory.sync.domain.inventory;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListingLinksTest {

  private final ListingLinks links = new ListingLinks(Set.of("http://localhost:8089/"));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://www.ebay.com/itm/110588001234",
        "https://www.ebay.co.uk/itm/110588001234",
        "https://www.ebay.com.au/itm/1",
        "https://ebay.de/itm/1",
        "https://benl.ebay.be/itm/1",
        "https://cafr.ebay.ca/itm/1",
        "https://www.sandbox.ebay.com/itm/1",
        "https://i.ebayimg.com/images/g/pyrex/s-l1600.jpg",
        "HTTPS://I.EBAYIMG.COM/images/a.jpg",
        "http://localhost:8089/sim/pictures/1.png"
      })
  void eBaysOwnLinksAndTheConfiguredEbaysAreKept(String url) {
    assertTrue(links.allows(url), url);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(document.cookie)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "http://www.ebay.com/itm/1",
        "https://www.ebay.com.evil.example/itm/1",
        "https://evilebay.com/itm/1",
        "https://www.ebay.com@evil.example/itm/1",
        "https://user:pass@www.ebay.com/itm/1",
        "https://www.ebay.com:8443/itm/1",
        "//www.ebay.com/itm/1",
        "/seller/index.xhtml",
        "https://ebayimg.com.evil.example/a.jpg",
        "https://www.ebay.xyz/itm/1",
        "https://ebay.co.zz/itm/1",
        "https://www.ebay.com.zz/itm/1",
        "https://ebay.biz/itm/1",
        "https://com/itm/1",
        "http://localhost:8090/x.png",
        "https://www.ebay.com/itm/1\njavascript:alert(1)",
        "https://www.ebay.com/itm/<script>"
      })
  void anythingElseIsDropped(String url) {
    assertFalse(links.allows(url), url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:8089/x.png"})
  void withoutATrustedOriginOnlyEbaysHostsAreKept(String url) {
    assertFalse(ListingLinks.EBAY_ONLY.allows(url));
  }
}
