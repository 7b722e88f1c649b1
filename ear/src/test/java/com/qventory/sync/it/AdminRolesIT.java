package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.QventoryServer;
import com.qventory.sync.it.support.Sellers;
import com.qventory.sync.it.support.WebClient;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every admin page and admin API call: a seller gets 403, an anonymous caller a log-in. */
@BlackBoxTest
class AdminRolesIT {

  private static final List<String> PAGES =
      List.of(
          "/admin/index.xhtml",
          "/admin/webhook-events.xhtml",
          "/admin/webhook-event.xhtml?id=1",
          "/admin/notification-api.xhtml",
          "/admin/sellers.xhtml");

  /** Method and path of every admin API call. */
  private static final List<String[]> CALLS =
      List.of(
          new String[] {"GET", "/api/v1/admin/webhook-events"},
          new String[] {"GET", "/api/v1/admin/webhook-events/1"},
          new String[] {"POST", "/api/v1/admin/webhook-events/1/replay"},
          new String[] {"GET", "/api/v1/admin/webhook-events/replayable"},
          new String[] {"POST", "/api/v1/admin/webhook-events/replay?expected=0"},
          new String[] {"GET", "/api/v1/admin/webhook-rejections"},
          new String[] {"PUT", "/api/v1/admin/sellers/nobody/ebay-account"});

  @Test
  void aSellerGets403OnEveryAdminPageAndAnAnonymousCallerTheLogInForm() throws Exception {
    Sellers.Seller seller = Sellers.signedUp();
    WebClient browser = new WebClient();
    browser.openAfterLogIn("/seller/index.xhtml", seller.username(), Sellers.PASSWORD);
    List<String> wrong = new ArrayList<>();
    for (String page : PAGES) {
      if (browser.get(page).statusCode() != 403) {
        wrong.add("seller " + page);
      }
      if (!new WebClient().get(page).body().contains("j_security_check")) {
        wrong.add("anonymous " + page);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void aSellerGets403OnEveryAdminApiCallAndAnAnonymousCaller401() throws Exception {
    Sellers.Seller seller = Sellers.signedUp();
    List<String> wrong = new ArrayList<>();
    for (String[] call : CALLS) {
      int asSeller = send(call, WebClient.basic(seller.username(), Sellers.PASSWORD));
      int anonymous = send(call, null);
      if (asSeller != 403) {
        wrong.add("seller " + call[0] + " " + call[1] + " → " + asSeller);
      }
      if (anonymous != 401) {
        wrong.add("anonymous " + call[0] + " " + call[1] + " → " + anonymous);
      }
    }
    assertEquals(List.of(), wrong);
  }

  /**
   * The calls checked are the API's: an admin is let through every one, and the lists answer (a
   * path the API does not have would answer 404 to the admin, and 403 to a seller all the same).
   */
  @Test
  void everyCallCheckedIsOneTheApiHas() throws Exception {
    String admin = WebClient.basic(QventoryServer.ADMIN_USERNAME, QventoryServer.ADMIN_PASSWORD);
    List<String> wrong = new ArrayList<>();
    for (String[] call : CALLS) {
      int status = send(call, admin);
      boolean list = call[0].equals("GET") && !call[1].matches(".*/\\d+$");
      if (status == 401 || status == 403 || status == 405 || (list && status != 200)) {
        wrong.add(call[0] + " " + call[1] + " → " + status);
      }
    }
    assertEquals(List.of(), wrong);
  }

  private static int send(String[] call, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(QventoryServer.url(call[1]))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .method(
                call[0],
                call[0].equals("GET")
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString("{\"ebayUserId\":\"x\"}"));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient()
        .send(request.build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
