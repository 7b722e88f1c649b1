package com.qventory.sync.domain.webhook;

import java.util.Objects;

/**
 * The application's eBay keyset: DevID, AppID (the OAuth client id) and CertID (the OAuth client
 * secret). eBay signs every notification with it; it is never logged or shown.
 */
public final class EbayKeyset {

  private final String devId;
  private final String appId;
  private final String certId;

  public EbayKeyset(String devId, String appId, String certId) {
    this.devId = Objects.requireNonNull(devId, "devId");
    this.appId = Objects.requireNonNull(appId, "appId");
    this.certId = Objects.requireNonNull(certId, "certId");
  }

  public String devId() {
    return devId;
  }

  public String appId() {
    return appId;
  }

  public String certId() {
    return certId;
  }

  @Override
  public String toString() {
    return "EbayKeyset[appId=" + appId + ", devId and certId hidden]";
  }
}
