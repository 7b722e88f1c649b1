package com.qventory.sync.domain.webhook;

import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.inventory.EbaySale;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything we use of one eBay Platform Notification. The raw text is kept so that every
 * notification can be explained and replayed later.
 *
 * @param timestampText eBay's {@code Timestamp} exactly as sent: the signature covers this text
 * @param ebayItemId the listing it is about ({@code Item/ItemID}, or the legacy {@code ItemId})
 */
public record PlatformNotification(
    Format format,
    String eventName,
    Optional<String> signature,
    Optional<String> timestampText,
    Optional<Instant> ebayTimestamp,
    Optional<String> recipientUserId,
    Optional<String> eiasToken,
    Optional<String> externalUserData,
    Optional<String> ebayItemId,
    Optional<EbayListing> listing,
    List<EbaySale> sales,
    String rawPayload) {

  /** The event name when neither the body nor the SOAPAction header names one. */
  public static final String UNKNOWN_EVENT = "Unknown";

  /** {@code "https://developer.ebay.com/notification/ItemListed"} → {@code ItemListed}. */
  public static Optional<String> eventNameFromSoapAction(String soapAction) {
    if (soapAction == null) {
      return Optional.empty();
    }
    String unquoted = soapAction.strip().replace("\"", "");
    String segment = unquoted.substring(unquoted.lastIndexOf('/') + 1).strip();
    return segment.isEmpty() || !segment.chars().allMatch(Character::isLetterOrDigit)
        ? Optional.empty()
        : Optional.of(segment);
  }

  /** eBay's current SOAP format, or the 2001 one that ItemSuspended still uses. */
  public enum Format {
    MODERN,
    LEGACY
  }

  public PlatformNotification {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(eventName, "eventName");
    if (eventName.isBlank()) {
      throw new IllegalArgumentException("eventName is blank");
    }
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(timestampText, "timestampText");
    Objects.requireNonNull(ebayTimestamp, "ebayTimestamp");
    Objects.requireNonNull(recipientUserId, "recipientUserId");
    Objects.requireNonNull(eiasToken, "eiasToken");
    Objects.requireNonNull(externalUserData, "externalUserData");
    Objects.requireNonNull(ebayItemId, "ebayItemId");
    Objects.requireNonNull(listing, "listing");
    sales = List.copyOf(sales);
    Objects.requireNonNull(rawPayload, "rawPayload");
  }
}
