package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The first slice through the whole pipe: SOAP POST → durable JMS queue → MDB → JPA row in
 * PostgreSQL → the admin's Faces page.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationPipelineIT {

  private static final Duration PIPELINE_TIMEOUT = Duration.ofSeconds(30);

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return QventoryServer.ear();
  }

  @Test
  void aNotificationIsAcknowledgedStoredAndListedForAdmins() throws Exception {
    String itemId = Notifications.uniqueItemId();

    HttpResponse<String> ack =
        Notifications.push(Notifications.fixture("item-listed.xml", itemId), "ItemListed");

    assertEquals(200, ack.statusCode(), ack.body());
    assertTrue(ack.body().contains("<Ack>Success</Ack>"), ack.body());
    Map<String, String> row =
        TestDatabase.await(PIPELINE_TIMEOUT, () -> eventFor(itemId))
            .orElseThrow(() -> new AssertionError("no webhook_event row for item " + itemId));
    assertEquals("PLATFORM_ItemListed", row.get("topic"));
    assertEquals("vintage_finds_co", row.get("recipient_user_id"));
    assertEquals("RECEIVED", row.get("status"));
    assertEquals(
        Instant.parse("2026-11-27T18:35:50.478Z"), Instant.parse(row.get("ebay_timestamp")));
    assertTrue(row.get("raw_payload").contains("<ItemID>" + itemId + "</ItemID>"));

    HttpResponse<String> page =
        new WebClient()
            .openAfterLogIn(
                "/admin/webhook-events.xhtml",
                QventoryServer.ADMIN_USERNAME,
                QventoryServer.ADMIN_PASSWORD);
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains(itemId), "the admin page lists item " + itemId);
    assertTrue(page.body().contains("PLATFORM_ItemListed"));
  }

  @Test
  void withoutAnEventNameInTheBodyTheSoapActionNamesIt() throws Exception {
    String itemId = Notifications.uniqueItemId();

    HttpResponse<String> ack =
        Notifications.push(
            Notifications.fixture("item-suspended-legacy.xml", itemId), "ItemSuspended");

    assertEquals(200, ack.statusCode(), ack.body());
    Optional<Map<String, String>> row =
        TestDatabase.await(PIPELINE_TIMEOUT, () -> eventWhosePayloadMentions(itemId));
    assertEquals("PLATFORM_ItemSuspended", row.orElseThrow().get("topic"));
  }

  @Test
  void aBodyThatIsNotSoapIsRefusedWithAFault() throws Exception {
    String marker = Notifications.uniqueItemId();

    HttpResponse<String> response = Notifications.push("ItemListed " + marker, "ItemListed");

    assertNotEquals(200, response.statusCode());
    assertTrue(response.body().contains("Fault"), response.body());
    Thread.sleep(1_000);
    assertEquals(Optional.empty(), eventWhosePayloadMentions(marker), "nothing was queued");
  }

  private static Optional<Map<String, String>> eventFor(String itemId) throws Exception {
    return queryEvent("SELECT * FROM webhook_event WHERE ebay_item_id = ?", itemId);
  }

  private static Optional<Map<String, String>> eventWhosePayloadMentions(String text)
      throws Exception {
    return queryEvent("SELECT * FROM webhook_event WHERE raw_payload LIKE '%' || ? || '%'", text);
  }

  private static Optional<Map<String, String>> queryEvent(String sql, String parameter)
      throws Exception {
    try (Connection connection = TestDatabase.connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, parameter);
      try (ResultSet result = statement.executeQuery()) {
        if (!result.next()) {
          return Optional.empty();
        }
        return Optional.of(
            Map.of(
                "topic", result.getString("topic"),
                "recipient_user_id", String.valueOf(result.getString("recipient_user_id")),
                "status", result.getString("status"),
                "ebay_timestamp",
                    String.valueOf(
                        result.getObject("ebay_timestamp", java.time.OffsetDateTime.class) == null
                            ? null
                            : result
                                .getObject("ebay_timestamp", java.time.OffsetDateTime.class)
                                .toInstant()),
                "raw_payload", result.getString("raw_payload")));
      }
    }
  }
}
