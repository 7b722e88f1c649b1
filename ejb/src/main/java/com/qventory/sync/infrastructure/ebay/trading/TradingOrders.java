package com.qventory.sync.infrastructure.ebay.trading;

import static com.qventory.sync.infrastructure.ebay.xml.EbayXml.escape;

import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.seller.EbayOrders;
import com.qventory.sync.infrastructure.ebay.xml.TradingAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * A seller's orders from the Trading API, read with the same reader as notifications' Transactions.
 */
@ApplicationScoped
public class TradingOrders implements EbayOrders {

  @Inject private TradingCalls trading;

  @Override
  public List<OrderLine> orderLines(String accessToken, String orderId) throws EbayApiException {
    TradingCalls.Answer answer =
        trading.call(
            "GetOrders",
            accessToken,
            "<OrderIDArray><OrderID>"
                + escape(orderId)
                + "</OrderID></OrderIDArray><DetailLevel>ReturnAll</DetailLevel>",
            TradingCalls.TIMEOUT);
    try {
      return TradingAnswer.orderLines(answer.xml());
    } catch (XMLStreamException e) {
      throw new EbayApiException("GetOrders: the order could not be read: " + e.getMessage(), e);
    }
  }
}
