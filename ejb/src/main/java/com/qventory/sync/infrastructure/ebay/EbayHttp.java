package com.qventory.sync.infrastructure.ebay;

import com.qventory.sync.domain.seller.EbayApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The one HTTP client that talks to eBay (or the simulator): OAuth, Trading and Notification API.
 */
@ApplicationScoped
public class EbayHttp {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /**
   * Sends the request and reads the answer as text.
   *
   * @param what what is called, for the error: "eBay's Notification API"
   * @throws EbayApiException when eBay cannot be reached (or the wait is interrupted)
   */
  public HttpResponse<String> send(HttpRequest request, String what) throws EbayApiException {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new EbayApiException(
          what + " could not be reached at " + request.uri().getHost() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EbayApiException("Interrupted while calling " + what, e);
    }
  }
}
