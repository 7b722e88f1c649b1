package com.qventory.sync.infrastructure.ebay.xml;

import static com.qventory.sync.infrastructure.ebay.xml.EbayXml.integer;
import static com.qventory.sync.infrastructure.ebay.xml.EbayXml.nonEmpty;

import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.inventory.EbayVariation;
import com.qventory.sync.domain.inventory.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/**
 * eBay's {@code Item} element read into an {@link EbayListing} — one mapper for the item of a
 * Platform Notification and of the Trading API's GetItem, GetSellerList and GetSellerEvents, which
 * share its shape. The caller walks the document and hands over each element inside one Item.
 */
public final class ItemElement {

  /** How the caller's reader gives the current element's content (consuming it). */
  public interface Content {
    String text() throws XMLStreamException;

    /** The element's text as an amount in its {@code currencyID} attribute. */
    Optional<Money> money() throws XMLStreamException;
  }

  private String itemId;
  private String title;
  private String sku;
  private String quantity;
  private String quantitySold;
  private Optional<Money> currentPrice = Optional.empty();
  private Optional<Money> buyItNowPrice = Optional.empty();
  private Optional<Money> startPrice = Optional.empty();
  private String listingStatus;
  private String listingType;
  private String viewItemUrl;
  private String galleryUrl;
  private final List<String> pictureUrls = new ArrayList<>();
  private String conditionId;
  private String conditionName;
  private String categoryId;
  private String categoryName;
  private String startTime;
  private String endTime;
  private String relistParentId;
  private Variation variation;
  private final List<EbayVariation> variations = new ArrayList<>();

  /**
   * An element started inside the Item.
   *
   * @param at its path below Item: {@code Title}, {@code Variations/Variation/SKU}
   */
  public void start(String at, Content content) throws XMLStreamException {
    if (at.startsWith("Variations/Variation/") && variation != null) {
      variation.start(at.substring("Variations/Variation/".length()), content);
      return;
    }
    switch (at) {
      case "ItemID" -> itemId = content.text();
      case "Title" -> title = content.text();
      case "SKU" -> sku = content.text();
      case "Quantity" -> quantity = content.text();
      case "ListingType" -> listingType = content.text();
      case "RelistParentID" -> relistParentId = content.text();
      case "StartPrice" -> startPrice = content.money();
      case "BuyItNowPrice" -> buyItNowPrice = content.money();
      case "ListingDetails/StartTime" -> startTime = content.text();
      case "ListingDetails/EndTime" -> endTime = content.text();
      case "ListingDetails/ViewItemURL" -> viewItemUrl = content.text();
      case "SellingStatus/CurrentPrice" -> currentPrice = content.money();
      case "SellingStatus/QuantitySold" -> quantitySold = content.text();
      case "SellingStatus/ListingStatus" -> listingStatus = content.text();
      case "PrimaryCategory/CategoryID" -> categoryId = content.text();
      case "PrimaryCategory/CategoryName" -> categoryName = content.text();
      case "PictureDetails/GalleryURL" -> galleryUrl = content.text();
      case "PictureDetails/PictureURL" -> pictureUrls.add(content.text());
      case "ConditionID" -> conditionId = content.text();
      case "ConditionDisplayName" -> conditionName = content.text();
      case "Variations/Variation" -> variation = new Variation();
      default -> {
        // an element we do not use
      }
    }
  }

  /** An element inside the Item ended ({@code at} as in {@link #start}). */
  public void end(String at) {
    if (at.equals("Variations/Variation") && variation != null) {
      variation.build().ifPresent(variations::add);
      variation = null;
    }
  }

  /** The listing, or empty when the Item had no ItemID. */
  public Optional<EbayListing> listing() {
    if (itemId == null || itemId.isEmpty()) {
      return Optional.empty();
    }
    List<String> pictures = new ArrayList<>(pictureUrls);
    if (pictures.isEmpty() && galleryUrl != null && !galleryUrl.isEmpty()) {
      pictures.add(galleryUrl);
    }
    return Optional.of(
        new EbayListing(
            itemId,
            nonEmpty(title),
            nonEmpty(sku),
            integer(quantity),
            integer(quantitySold),
            currentPrice.or(() -> buyItNowPrice).or(() -> startPrice),
            nonEmpty(listingStatus),
            nonEmpty(listingType),
            nonEmpty(viewItemUrl),
            pictures,
            nonEmpty(conditionId),
            nonEmpty(conditionName),
            nonEmpty(categoryId),
            nonEmpty(categoryName),
            nonEmpty(startTime).flatMap(EbayXml::instant),
            nonEmpty(endTime).flatMap(EbayXml::instant),
            nonEmpty(relistParentId),
            variations,
            true));
  }

  private static final class Variation {
    String sku;
    String quantity;
    String quantitySold;
    Optional<Money> price = Optional.empty();
    final SpecificsFields specifics = new SpecificsFields();

    void start(String at, Content content) throws XMLStreamException {
      switch (at) {
        case "SKU" -> sku = content.text();
        case "Quantity" -> quantity = content.text();
        case "StartPrice" -> price = content.money();
        case "SellingStatus/QuantitySold" -> quantitySold = content.text();
        case "VariationSpecifics/NameValueList/Name", "VariationSpecifics/NameValueList/Value" ->
            specifics.take(at.substring("VariationSpecifics/".length()), content.text());
        default -> {
          // an element we do not use
        }
      }
    }

    /** A variation needs a SKU or specifics to be told apart; one with neither is dropped. */
    Optional<EbayVariation> build() {
      var stated = specifics.build();
      if (nonEmpty(sku).isEmpty() && stated.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(
          new EbayVariation(
              nonEmpty(sku), stated, integer(quantity), integer(quantitySold), price));
    }
  }
}
