package com.qventory.sync.infrastructure.ebay.trading;

import static com.qventory.sync.infrastructure.ebay.xml.EbayXml.escape;
import static com.qventory.sync.infrastructure.ebay.xml.EbayXml.time;

import com.qventory.sync.domain.seller.EbayApiException;
import com.qventory.sync.domain.seller.EbayNotificationPreferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/** The Trading API's notification preferences and delivery statistics. */
@ApplicationScoped
public class TradingNotificationPreferences implements EbayNotificationPreferences {

  @Inject private TradingCalls trading;

  @Override
  public ApplicationDelivery applicationDelivery(String accessToken) throws EbayApiException {
    TradingCalls.Answer answer =
        trading.call(
            "GetNotificationPreferences",
            accessToken,
            "<PreferenceLevel>Application</PreferenceLevel>",
            TradingCalls.TIMEOUT);
    return new ApplicationDelivery(
        answer.text("ApplicationDeliveryPreferences/ApplicationURL"),
        answer
            .text("ApplicationDeliveryPreferences/ApplicationEnable")
            .filter("Enable"::equals)
            .isPresent());
  }

  @Override
  public void setApplicationDelivery(String accessToken, String applicationUrl)
      throws EbayApiException {
    trading.call(
        "SetNotificationPreferences",
        accessToken,
        "<ApplicationDeliveryPreferences><ApplicationURL>"
            + escape(applicationUrl)
            + "</ApplicationURL>"
            + "<ApplicationEnable>Enable</ApplicationEnable><DeviceType>Platform</DeviceType>"
            + "</ApplicationDeliveryPreferences>",
        TradingCalls.TIMEOUT);
  }

  @Override
  public void setUserEvents(
      String accessToken, List<String> events, boolean enable, String externalUserData)
      throws EbayApiException {
    StringBuilder body = new StringBuilder("<UserDeliveryPreferenceArray>");
    for (String event : events) {
      body.append("<NotificationEnable><EventType>")
          .append(escape(event))
          .append("</EventType><EventEnable>")
          .append(enable ? "Enable" : "Disable")
          .append("</EventEnable></NotificationEnable>");
    }
    body.append("</UserDeliveryPreferenceArray>");
    if (externalUserData != null) {
      body.append("<UserData><ExternalUserData>")
          .append(escape(externalUserData))
          .append("</ExternalUserData></UserData>");
    }
    trading.call("SetNotificationPreferences", accessToken, body.toString(), TradingCalls.TIMEOUT);
  }

  @Override
  public Map<String, Boolean> userEvents(String accessToken) throws EbayApiException {
    TradingCalls.Answer answer =
        trading.call(
            "GetNotificationPreferences",
            accessToken,
            "<PreferenceLevel>User</PreferenceLevel>",
            TradingCalls.TIMEOUT);
    Map<String, Boolean> events = new LinkedHashMap<>();
    for (Element enable : answer.children("UserDeliveryPreferenceArray", "NotificationEnable")) {
      TradingCalls.text(enable, "EventType")
          .ifPresent(
              type ->
                  events.put(
                      type,
                      TradingCalls.text(enable, "EventEnable")
                          .filter("Enable"::equals)
                          .isPresent()));
    }
    return events;
  }

  @Override
  public NotificationUsage notificationsUsage(String accessToken, Instant from, Instant to)
      throws EbayApiException {
    TradingCalls.Answer answer =
        trading.call(
            "GetNotificationsUsage",
            accessToken,
            "<StartTime>" + time(from) + "</StartTime><EndTime>" + time(to) + "</EndTime>",
            TradingCalls.TIMEOUT);
    List<MarkEvent> history = new ArrayList<>();
    for (Element mark : answer.children("MarkUpMarkDownHistory", "MarkUpMarkDownEvent")) {
      history.add(
          new MarkEvent(
              TradingCalls.text(mark, "Type").orElse("?"),
              TradingCalls.text(mark, "Time").map(Instant::parse).orElse(null),
              TradingCalls.text(mark, "Reason").orElse("")));
    }
    return new NotificationUsage(
        count(answer, "DeliveredCount"),
        count(answer, "QueuedNewCount"),
        count(answer, "QueuedPendingCount"),
        count(answer, "ExpiredCount"),
        count(answer, "ErrorCount"),
        history);
  }

  private static long count(TradingCalls.Answer answer, String name) {
    return answer.text("NotificationStatistics/" + name).map(Long::parseLong).orElse(0L);
  }
}
