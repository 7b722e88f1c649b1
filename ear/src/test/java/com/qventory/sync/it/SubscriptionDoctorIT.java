package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.EbayConsent;
import com.qventory.sync.it.support.QventoryServer;
import com.qventory.sync.it.support.Sellers;
import com.qventory.sync.it.support.SimulatorTest;
import com.qventory.sync.it.support.TestSimulator;
import com.qventory.sync.it.support.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The subscription doctor against the simulator: a seller's health as eBay reports it, eBay losing
 * part of the subscription and marking the application down, and the admin's repair.
 */
@BlackBoxTest
class SubscriptionDoctorIT extends SimulatorTest {

  @Test
  void theDoctorShowsWhatEbayReportsFlagsAMarkDownAndRepairsALostSubscription() throws Exception {
    EbayConsent.ConnectedSeller seller = EbayConsent.connectedSeller(simulator);
    WebClient admin = new WebClient();
    HttpResponse<String> page =
        admin.openAfterLogIn(
            "/admin/sellers.xhtml?q=" + seller.username(),
            QventoryServer.ADMIN_USERNAME,
            QventoryServer.ADMIN_PASSWORD);
    Map<String, String> search = Map.of("q", seller.username(), "page", "0");
    assertTrue(
        page.body().contains("1 connected seller · page 1 of 1"), "found by name: " + page.body());

    String healthy = row(page.body(), seller.username());
    assertTrue(healthy.contains(seller.ebayUser()), healthy);
    assertFalse(healthy.contains("missing:"), "every event subscribed: " + healthy);
    assertTrue(
        healthy.contains("enabled to http://localhost:8180/webhooks/ebay-platform"), healthy);
    assertTrue(healthy.contains("delivered "), "eBay's statistics: " + healthy);

    // eBay's side: two events lost from the subscription, the application marked down
    TestSimulator.call(
        simulator,
        "POST",
        "/sim/api/sellers/" + seller.ebayUser() + "/unsubscribe",
        "{\"events\":[\"ItemRevised\",\"FixedPriceTransaction\"]}");
    TestSimulator.call(simulator, "POST", "/sim/api/application/mark-down", "{}");
    HttpResponse<String> checked = admin.submitFacesForm(page, "doctor", "check-now", search);

    String sick = row(checked.body(), seller.username());
    assertTrue(sick.contains("missing:"), sick);
    assertTrue(sick.contains("ItemRevised") && sick.contains("FixedPriceTransaction"), sick);
    assertTrue(sick.contains("MARKED DOWN") && sick.contains("MarkDown"), sick);
    assertTrue(checked.body().contains("eBay has marked the application down"), "the banner");

    HttpResponse<String> repaired =
        admin.submitFacesForm(
            checked, "doctor", repairButton(checked.body(), seller.username()), search);

    assertTrue(
        repaired.body().contains("subscription repaired, eBay confirms it"), repaired.body());
    assertFalse(row(repaired.body(), seller.username()).contains("missing:"), "asked afresh");
    HttpResponse<String> everyone = admin.get("/admin/sellers.xhtml");
    int rows = everyone.body().split("data-seller=").length - 1;
    assertTrue(rows >= 1 && rows <= 25, "a page of at most 25 sellers: " + rows);
    Sellers.Seller other = Sellers.signedUp();
    WebClient browser = new WebClient();
    browser.openAfterLogIn("/seller/index.xhtml", other.username(), Sellers.PASSWORD);
    assertEquals(403, browser.get("/admin/sellers.xhtml").statusCode(), "sellers may not");
  }

  /** The table row of {@code username}. */
  private static String row(String page, String username) {
    Matcher row =
        Pattern.compile(
                "<tr[^>]*data-seller=\"" + Pattern.quote(username) + "\"[^>]*>(.*?)</tr>",
                Pattern.DOTALL)
            .matcher(page);
    assertTrue(row.find(), "no row for " + username + " in " + page);
    return row.group(1);
  }

  /** The Repair button of {@code username}'s row, as the form posts it (without the form id). */
  private static String repairButton(String page, String username) {
    Matcher button =
        Pattern.compile("name=\"doctor:([^\"]*:repair)\"").matcher(row(page, username));
    assertTrue(button.find(), "no Repair button");
    return button.group(1);
  }
}
