package com.qventory.sync.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.domain.inventory.ListingLinks;
import com.qventory.sync.infrastructure.ebay.EbayEndpoints;
import com.qventory.sync.testing.Fields;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * HSTS and the session cookie's Secure flag follow the public URL's scheme (production mode
 * requires https); the policy headers and SameSite are there either way.
 */
class TransportSecurityTest {

  @ParameterizedTest
  @CsvSource({"https://sync.example.com, true", "http://localhost:8080, false"})
  void hstsAndTheSecureCookieFollowThePublicUrl(String publicUrl, boolean https) throws Exception {
    EbayEndpoints endpoints = endpoints(publicUrl);
    Map<String, Object> headers = new HashMap<>();
    Map<String, Object> cookie = new HashMap<>();
    Map<String, Object> attributes = new HashMap<>();

    SecurityHeadersFilter filter = new SecurityHeadersFilter();
    Fields.set(filter, "endpoints", endpoints);
    Fields.set(filter, "links", ListingLinks.EBAY_ONLY);
    filter.doFilter(
        proxy(HttpServletRequest.class, attributes),
        proxy(HttpServletResponse.class, headers),
        (request, response) -> {});
    SessionCookiePolicy policy = new SessionCookiePolicy();
    Fields.set(policy, "endpoints", endpoints);
    SessionCookieConfig config = proxy(SessionCookieConfig.class, cookie);
    ServletContext context =
        (ServletContext)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ServletContext.class},
                (self, method, args) ->
                    method.getName().equals("getSessionCookieConfig") ? config : null);
    policy.contextInitialized(new ServletContextEvent(context));

    Object nonce =
        attributes.get(
            "setAttribute:com.qventory.sync.interfaces.web.csp.ScriptNonce"); // made for this
    // answer
    assertEquals(
        SecurityHeadersFilter.POLICY.replace("{nonce}", String.valueOf(nonce)),
        headers.get("setHeader:Content-Security-Policy"),
        "with eBay's https hosts only, the policy names no other picture source");
    assertTrue(String.valueOf(nonce).length() >= 24, "a nonce of 18 random bytes: " + nonce);
    if (https) {
      assertEquals(SecurityHeadersFilter.HSTS, headers.get("setHeader:Strict-Transport-Security"));
    } else {
      assertNull(headers.get("setHeader:Strict-Transport-Security"));
    }
    assertEquals(https, cookie.get("setSecure"));
    assertEquals(true, cookie.get("setHttpOnly"));
    assertEquals("Lax", cookie.get("setAttribute:SameSite"));
    assertTrue(cookie.size() >= 3);
  }

  private static EbayEndpoints endpoints(String publicUrl) throws Exception {
    EbayEndpoints endpoints = new EbayEndpoints();
    Fields.set(endpoints, "webhookBaseUrl", publicUrl);
    return endpoints;
  }

  /** An implementation that records each one- or two-argument call (name[:first] → last). */
  @SuppressWarnings("unchecked")
  private static <T> T proxy(Class<T> type, Map<String, Object> calls) {
    return (T)
        Proxy.newProxyInstance(
            TransportSecurityTest.class.getClassLoader(),
            new Class<?>[] {type},
            (self, method, args) -> {
              if (args != null && args.length == 1) {
                calls.put(method.getName(), args[0]);
              } else if (args != null && args.length == 2) {
                calls.put(method.getName() + ":" + args[0], args[1]);
              }
              return method.getReturnType() == boolean.class ? false : null;
            });
  }

  @Test
  void theSimulatorsPlainHttpOriginMayServePicturesAndNoOtherDoes() {
    String policy =
        SecurityHeadersFilter.policy(
            new ListingLinks(Set.of("http://localhost:8089/", "https://api.ebay.com")));
    assertTrue(policy.contains("img-src 'self' data: https: http://localhost:8089;"), policy);
    assertTrue(policy.contains("script-src 'self' 'nonce-{nonce}' 'strict-dynamic';"), policy);
  }
}
