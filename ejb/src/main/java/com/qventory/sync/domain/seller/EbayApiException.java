package com.qventory.sync.domain.seller;

/** eBay (or the way to it) said no: an OAuth error, a Trading API Failure, or no answer. */
public class EbayApiException extends Exception {

  private static final long serialVersionUID = 1L;

  public EbayApiException(String message) {
    super(message);
  }

  public EbayApiException(String message, Throwable cause) {
    super(message, cause);
  }
}
