package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin's webhook console: find a notification, see why it ended as it did, replay it. */
@ExtendWith(ArquillianExtension.class)
class AdminConsoleIT {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return QventoryServer.ear();
  }

  @Test
  void anAdminFindsAnUnmatchedNotificationSeesWhyAndReplaysItOnceTheSellerIsLinked()
      throws Exception {
    String itemId = Notifications.uniqueItemId();
    String ebayUser = "later_" + itemId;
    Notifications.pushAccepted(
        Notifications.signed("item-listed.xml", Map.of("ITEM_ID", itemId, "RECIPIENT", ebayUser)),
        "ItemListed");
    assertEquals(List.of("UNMATCHED"), Notifications.awaitSettled(itemId, 1));
    WebClient admin = new WebClient();
    HttpResponse<String> list =
        admin.openAfterLogIn(
            "/admin/webhook-events.xhtml",
            QventoryServer.ADMIN_USERNAME,
            QventoryServer.ADMIN_PASSWORD);

    HttpResponse<String> filtered =
        admin.submitFacesForm(
            list, "events", "apply", Map.of("status", "UNMATCHED", "topic", "", "item", itemId));
    assertTrue(filtered.body().contains("1 event(s)"), filtered.body());
    String id = Notifications.eventColumn("id", itemId).orElseThrow();
    HttpResponse<String> detail = admin.get("/admin/webhook-event.xhtml?id=" + id);
    assertTrue(detail.body().contains("UNMATCHED"));
    assertTrue(
        detail.body().contains("NotificationSignature&gt;***&lt;"),
        "payload shown, signature masked");
    assertTrue(detail.body().contains("id=\"replay:replay\""), "UNMATCHED can be replayed");

    Sellers.Seller seller = Sellers.signedUp();
    WebClient.sendJson(
        "PUT",
        QventoryServer.url("/api/v1/admin/sellers/" + seller.username() + "/ebay-account"),
        "{\"ebayUserId\":\"" + ebayUser + "\"}",
        QventoryServer.ADMIN_USERNAME,
        QventoryServer.ADMIN_PASSWORD);
    HttpResponse<String> replayed = admin.submitFacesForm(detail, "replay", "replay", Map.of());

    assertTrue(replayed.body().contains("Sent through processing again."), replayed.body());
    assertEquals(List.of("PROCESSED"), Notifications.awaitSettled(itemId, 1));
    HttpResponse<String> after = admin.get("/admin/webhook-event.xhtml?id=" + id);
    assertTrue(
        after.body().contains("PROCESSED") && after.body().contains(" ms)"),
        "settled, with its latency");
    assertFalse(after.body().contains("id=\"replay:replay\""), "a processed event is not replayed");
  }

  @Test
  void refusedRequestsAreCountedOnTheConsoleAndSellersCannotOpenIt() throws Exception {
    String forged =
        Notifications.signed("item-listed.xml", Map.of("ITEM_ID", Notifications.uniqueItemId()))
            .replaceAll(
                "NotificationSignature>[^<]+<", "NotificationSignature>AAAAAAAAAAAAAAAAAAAAAA==<");
    Notifications.push(forged, "ItemListed");

    HttpResponse<String> console =
        new WebClient()
            .openAfterLogIn(
                "/admin/webhook-events.xhtml",
                QventoryServer.ADMIN_USERNAME,
                QventoryServer.ADMIN_PASSWORD);
    Sellers.Seller seller = Sellers.signedUp();
    WebClient sellerBrowser = new WebClient();
    sellerBrowser.openAfterLogIn("/seller/index.xhtml", seller.username(), Sellers.PASSWORD);

    assertTrue(console.body().contains("BAD_SIGNATURE"), console.body());
    assertEquals(403, sellerBrowser.get("/admin/webhook-event.xhtml?id=1").statusCode());
  }
}
