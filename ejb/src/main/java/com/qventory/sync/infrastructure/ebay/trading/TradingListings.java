package com.qventory.sync.infrastructure.ebay.trading;

import static com.qventory.sync.infrastructure.ebay.xml.EbayXml.escape;
import static com.qventory.sync.infrastructure.ebay.xml.EbayXml.time;

import com.qventory.sync.domain.inventory.EbayListing;
import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.seller.EbayListings;
import com.qventory.sync.infrastructure.ebay.xml.TradingAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;

/** A seller's listings from the Trading API, read with the same mapper as notifications' Items. */
@ApplicationScoped
public class TradingListings implements EbayListings {

  /** GetItem's error for a listing that is deleted or was never there. */
  private static final String ITEM_NOT_FOUND = "17";

  @Inject private TradingCalls trading;

  @Inject private Clock clock;

  @Override
  public SellerListPage sellerList(
      String accessToken, Instant from, Instant to, int page, int perPage) throws EbayApiException {
    TradingCalls.Answer answer =
        trading.call(
            "GetSellerList",
            accessToken,
            "<EndTimeFrom>"
                + time(from)
                + "</EndTimeFrom><EndTimeTo>"
                + time(to)
                + "</EndTimeTo>"
                + "<DetailLevel>ReturnAll</DetailLevel>"
                + "<Pagination><EntriesPerPage>"
                + perPage
                + "</EntriesPerPage><PageNumber>"
                + page
                + "</PageNumber></Pagination>",
            TradingCalls.POLLING_TIMEOUT);
    List<EbayListing> items = partial(listings("GetSellerList", answer));
    return new SellerListPage(
        items,
        answer.text("PaginationResult/TotalNumberOfPages").map(Integer::parseInt).orElse(1),
        answer
            .text("PaginationResult/TotalNumberOfEntries")
            .map(Integer::parseInt)
            .orElse(items.size()),
        answer.text("Timestamp").map(Instant::parse).orElse(clock.instant()));
  }

  @Override
  public SellerListPage sellerEvents(String accessToken, Instant from, Instant to)
      throws EbayApiException {
    TradingCalls.Answer answer =
        trading.call(
            "GetSellerEvents",
            accessToken,
            "<ModTimeFrom>"
                + time(from)
                + "</ModTimeFrom><ModTimeTo>"
                + time(to)
                + "</ModTimeTo>"
                + "<DetailLevel>ReturnAll</DetailLevel>",
            TradingCalls.POLLING_TIMEOUT);
    List<EbayListing> items = partial(listings("GetSellerEvents", answer));
    return new SellerListPage(
        items,
        1,
        items.size(),
        answer.text("Timestamp").map(Instant::parse).orElse(clock.instant()));
  }

  @Override
  public EbayListing getItem(String accessToken, String itemId) throws EbayApiException {
    return listings("GetItem", getItemAnswer(accessToken, itemId)).stream()
        .findFirst()
        .orElseThrow(() -> new EbayApiException("GetItem returned no Item for " + itemId));
  }

  @Override
  public Optional<EbayListing> listingOf(String accessToken, String ebayUserId, String itemId)
      throws EbayApiException {
    TradingCalls.Answer answer;
    try {
      answer = getItemAnswer(accessToken, itemId);
    } catch (EbayApiException e) {
      if (e.code().filter(ITEM_NOT_FOUND::equals).isPresent()) {
        return Optional.empty();
      }
      throw e;
    }
    if (answer.text("Item/Seller/UserID").filter(ebayUserId::equalsIgnoreCase).isEmpty()) {
      return Optional.empty();
    }
    return listings("GetItem", answer).stream().findFirst();
  }

  private TradingCalls.Answer getItemAnswer(String accessToken, String itemId)
      throws EbayApiException {
    return trading.call(
        "GetItem",
        accessToken,
        "<ItemID>" + escape(itemId) + "</ItemID><DetailLevel>ReturnAll</DetailLevel>",
        TradingCalls.POLLING_TIMEOUT);
  }

  /** eBay's polling calls may list only the variations with activity, not all of them. */
  private static List<EbayListing> partial(List<EbayListing> listings) {
    return listings.stream().map(EbayListing::withPartialVariations).toList();
  }

  private static List<EbayListing> listings(String call, TradingCalls.Answer answer)
      throws EbayApiException {
    try {
      return TradingAnswer.listings(answer.xml());
    } catch (XMLStreamException e) {
      throw new EbayApiException(
          call + ": eBay's listings could not be read: " + e.getMessage(), e);
    }
  }
}
