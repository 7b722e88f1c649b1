package com.qventory.sync.application.webhook;

import java.time.Duration;
import java.util.Optional;

/** Settings of eBay's JSON Notification API endpoint ({@code /webhooks/ebay}). */
public interface NotificationApiSettings {

  /**
   * The verification token registered with our destination ({@code EBAY_VERIFICATION_TOKEN}); empty
   * when not configured, and the endpoint then answers no challenge.
   */
  Optional<String> verificationToken();

  /** Our endpoint's URL exactly as registered with eBay: part of the challenge's answer. */
  String endpoint();

  /** How long a public key from eBay is used before it is fetched again. */
  Duration keyCacheTime();
}
