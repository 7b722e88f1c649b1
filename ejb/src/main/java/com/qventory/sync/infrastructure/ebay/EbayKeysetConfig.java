package com.qventory.sync.infrastructure.ebay;

import com.qventory.sync.domain.webhook.EbayKeyset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Reads the application's eBay keyset from configuration: DevID, AppID and CertID (the OAuth client
 * secret — eBay's two names for one value, so {@code EBAY_CERT_ID} and {@code EBAY_CLIENT_SECRET}
 * are both accepted, and must agree when both are set).
 */
public final class EbayKeysetConfig {

  public static final String DEV_ID = "EBAY_DEV_ID";
  public static final String CLIENT_ID = "EBAY_CLIENT_ID";
  public static final String CERT_ID = "EBAY_CERT_ID";
  public static final String CLIENT_SECRET = "EBAY_CLIENT_SECRET";

  private EbayKeysetConfig() {}

  /**
   * Reads the keyset from configuration ({@code ebay.dev.id} / {@code EBAY_DEV_ID} and so on).
   *
   * @return the keyset, or empty with {@link Incomplete#missing()} naming what is not set
   * @throws IllegalStateException when the CertID and the client secret are both set and differ
   */
  public static Result from(Config config) {
    Optional<String> devId = value(config, DEV_ID);
    Optional<String> appId = value(config, CLIENT_ID);
    Optional<String> certId = value(config, CERT_ID);
    Optional<String> secret = value(config, CLIENT_SECRET);
    if (certId.isPresent() && secret.isPresent() && !certId.get().equals(secret.get())) {
      throw new IllegalStateException(
          CERT_ID
              + " and "
              + CLIENT_SECRET
              + " name the same eBay credential but are set to different values; set one of them");
    }
    Optional<String> cert = certId.or(() -> secret);
    List<String> missing = new ArrayList<>();
    if (devId.isEmpty()) {
      missing.add(DEV_ID);
    }
    if (appId.isEmpty()) {
      missing.add(CLIENT_ID);
    }
    if (cert.isEmpty()) {
      missing.add(CERT_ID + " (or " + CLIENT_SECRET + ")");
    }
    return missing.isEmpty()
        ? new Complete(new EbayKeyset(devId.get(), appId.get(), cert.get()))
        : new Incomplete(List.copyOf(missing));
  }

  /** The keyset is read from the environment name or its dotted MicroProfile Config form. */
  public static Optional<String> value(Config config, String environmentName) {
    String dotted = environmentName.toLowerCase(Locale.ROOT).replace('_', '.');
    return config
        .getOptionalValue(dotted, String.class)
        .or(() -> config.getOptionalValue(environmentName, String.class))
        .map(String::strip)
        .filter(v -> !v.isEmpty());
  }

  /** What configuration says about the keyset. */
  public sealed interface Result permits Complete, Incomplete {}

  public record Complete(EbayKeyset keyset) implements Result {
    public Complete {
      Objects.requireNonNull(keyset, "keyset");
    }
  }

  public record Incomplete(List<String> missing) implements Result {}
}
