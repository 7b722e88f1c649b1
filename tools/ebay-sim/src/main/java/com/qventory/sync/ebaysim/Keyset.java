package com.qventory.sync.ebaysim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/** The application keyset eBay knows: DevID, AppID (client id), CertID (client secret), RuName. */
public record Keyset(String devId, String appId, String certId, String ruName) {

  /** Made up, shared by the run command's application and simulator when no keys are set. */
  public static final Keyset DEMO =
      new Keyset("demo-dev-id", "Qventory-Demo-SBX-demo", "demo-cert-id", "Qventory_Demo-RuName");

  public Keyset {
    Objects.requireNonNull(devId, "devId");
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(certId, "certId");
    Objects.requireNonNull(ruName, "ruName");
  }

  /**
   * The keyset in {@code EBAY_DEV_ID}, {@code EBAY_CLIENT_ID}, {@code EBAY_CERT_ID} (or {@code
   * EBAY_CLIENT_SECRET}) and {@code EBAY_RU_NAME}; the demo keyset when none of them is set.
   */
  public static Keyset fromEnvironment(Map<String, String> environment) {
    boolean any =
        environment.keySet().stream()
            .anyMatch(
                k ->
                    k.equals("EBAY_DEV_ID")
                        || k.equals("EBAY_CLIENT_ID")
                        || k.equals("EBAY_CERT_ID")
                        || k.equals("EBAY_CLIENT_SECRET"));
    if (!any) {
      return new Keyset(
          DEMO.devId,
          DEMO.appId,
          DEMO.certId,
          environment.getOrDefault("EBAY_RU_NAME", DEMO.ruName));
    }
    return new Keyset(
        required(environment, "EBAY_DEV_ID"),
        required(environment, "EBAY_CLIENT_ID"),
        environment.getOrDefault("EBAY_CERT_ID", environment.get("EBAY_CLIENT_SECRET")),
        environment.getOrDefault("EBAY_RU_NAME", DEMO.ruName));
  }

  private static String required(Map<String, String> environment, String name) {
    String value = environment.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must be set when any eBay key is");
    }
    return value;
  }

  /** eBay's NotificationSignature: Base64(MD5(Timestamp + DevID + AppID + CertID)). */
  public String sign(String timestamp) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("MD5")
                  .digest((timestamp + devId + appId + certId).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** HTTP Basic client authentication as eBay's token endpoint takes it. */
  public boolean isClient(String clientId, String clientSecret) {
    return MessageDigest.isEqual(
            appId.getBytes(StandardCharsets.UTF_8),
            String.valueOf(clientId).getBytes(StandardCharsets.UTF_8))
        && MessageDigest.isEqual(
            certId.getBytes(StandardCharsets.UTF_8),
            String.valueOf(clientSecret).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "Keyset[appId=" + appId + ", ruName=" + ruName + ", devId and certId hidden]";
  }
}
