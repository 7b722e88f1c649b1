package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.Sellers;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Administering people: the server command that sets an admin's password, an admin's own password,
 * admins added and removed, a seller's forgotten password — each change effective at once (the
 * server's credential cache forgets the user), and each recorded with who did it.
 */
@BlackBoxTest
class AccountAdministrationIT {

  private static final String ADMIN_PASSWORD = "an admin's private passphrase";

  private String admin;

  /** Each test has an admin of its own, made by the server command. */
  @BeforeEach
  void anAdminMadeOnTheServer() throws Exception {
    admin = "admin-" + Sellers.newUsername();
    Command made = setAdminPassword(admin, ADMIN_PASSWORD, Map.of());
    assertEquals(0, made.exit(), made.output());
    assertTrue(made.output().contains("created with the new password"), made.output());
  }

  @Test
  void theServerCommandMakesAnAdminAndRefusesAWeakOrPublishedPassword() throws Exception {
    HttpResponse<String> me = WebClient.getWithBasic("/api/v1/me", admin, ADMIN_PASSWORD);
    Command tooShort = setAdminPassword(admin, "short", Map.of());
    Command published =
        setAdminPassword(admin, "demo-admin-password", Map.of("QVENTORY_MODE", "production"));

    assertEquals(200, me.statusCode(), me.body());
    assertTrue(me.body().contains("admin"), me.body());
    assertEquals(2, tooShort.exit(), tooShort.output());
    assertTrue(tooShort.output().contains("at least 12 characters"), tooShort.output());
    assertEquals(2, published.exit(), published.output());
    assertEquals(
        200,
        WebClient.getWithBasic("/api/v1/me", admin, ADMIN_PASSWORD).statusCode(),
        "a refused password changes nothing");
  }

  @Test
  void anAdminChangesTheirOwnPasswordAndTheOldOneStopsWorkingAtOnce() throws Exception {
    // known to the credential cache: without the change being announced it would work 5 minutes
    assertEquals(200, WebClient.getWithBasic("/api/v1/me", admin, ADMIN_PASSWORD).statusCode());
    WebClient browser = new WebClient();
    browser.openAfterLogIn("/seller/password.xhtml", admin, ADMIN_PASSWORD);
    HttpResponse<String> page = browser.get("/seller/password.xhtml");

    HttpResponse<String> wrongCurrent =
        browser.submitFacesForm(
            page,
            "password",
            "change",
            Map.of(
                "current",
                "not my password!",
                "next",
                "x".repeat(20),
                "confirmation",
                "x".repeat(20)));
    HttpResponse<String> changed =
        browser.submitFacesForm(
            browser.get("/seller/password.xhtml"),
            "password",
            "change",
            Map.of(
                "current", ADMIN_PASSWORD,
                "next", "a brand new admin passphrase",
                "confirmation", "a brand new admin passphrase"));

    assertTrue(
        wrongCurrent.body().contains("The current password is not right"), wrongCurrent.body());
    assertTrue(changed.body().contains("Your password is changed."), changed.body());
    assertEquals(401, WebClient.getWithBasic("/api/v1/me", admin, ADMIN_PASSWORD).statusCode());
    assertEquals(
        200,
        WebClient.getWithBasic("/api/v1/me", admin, "a brand new admin passphrase").statusCode());
  }

  @Test
  void anAdminMakesASellerAnAdminAndTakesItAwayEffectiveAtOnce() throws Exception {
    Sellers.Seller seller = Sellers.signedUp();
    String events = "/api/v1/admin/webhook-events?size=1";
    assertEquals(
        403, WebClient.getWithBasic(events, seller.username(), Sellers.PASSWORD).statusCode());
    WebClient browser = new WebClient();
    browser.openAfterLogIn("/admin/people.xhtml", admin, ADMIN_PASSWORD);

    HttpResponse<String> added =
        browser.submitFacesForm(
            browser.get("/admin/people.xhtml"),
            "add",
            "make",
            Map.of("username", seller.username()));
    int asAdmin = WebClient.getWithBasic(events, seller.username(), Sellers.PASSWORD).statusCode();
    HttpResponse<String> people = browser.get("/admin/people.xhtml");
    HttpResponse<String> removed =
        browser.submitFacesForm(
            people, "admins", removeButton(people.body(), seller.username()), Map.of());
    int afterRemoval =
        WebClient.getWithBasic(events, seller.username(), Sellers.PASSWORD).statusCode();

    assertTrue(added.body().contains(seller.username() + " is now an admin."), added.body());
    assertEquals(200, asAdmin);
    assertTrue(
        removed.body().contains(seller.username() + " is no longer an admin."), removed.body());
    assertEquals(403, afterRemoval, "the role is gone at once");
    assertEquals(
        200,
        WebClient.getWithBasic("/api/v1/me", seller.username(), Sellers.PASSWORD).statusCode(),
        "still a seller");
  }

  @Test
  void anAdminSetsAForgottenPasswordAndEveryChangeIsRecordedWithWhoDidIt() throws Exception {
    Sellers.Seller seller = Sellers.signedUp();
    assertEquals(
        200,
        WebClient.getWithBasic("/api/v1/me", seller.username(), Sellers.PASSWORD).statusCode());
    WebClient browser = new WebClient();
    browser.openAfterLogIn("/admin/people.xhtml", admin, ADMIN_PASSWORD);

    HttpResponse<String> reset =
        browser.submitFacesForm(
            browser.get("/admin/people.xhtml"),
            "reset",
            "set",
            Map.of(
                "who", seller.username(),
                "password", "a password to tell the seller",
                "confirmation", "a password to tell the seller"));

    assertTrue(reset.body().contains(seller.username() + " has a new password"), reset.body());
    assertEquals(
        401,
        WebClient.getWithBasic("/api/v1/me", seller.username(), Sellers.PASSWORD).statusCode());
    assertEquals(
        200,
        WebClient.getWithBasic("/api/v1/me", seller.username(), "a password to tell the seller")
            .statusCode());
    assertEquals(
        List.of(
            "server command|PASSWORD_SET_ON_SERVER|" + admin,
            admin + "|PASSWORD_RESET|" + seller.username()),
        TestDatabase.strings(
            "SELECT actor || '|' || action || '|' || subject FROM account_change"
                + " WHERE subject IN (?, ?) ORDER BY id",
            admin,
            seller.username()));
    String page = browser.get("/admin/people.xhtml").body();
    assertTrue(
        page.contains("password reset") && page.contains("password set on the server"), page);
    assertEquals(
        403,
        new WebClient()
            .openAfterLogIn(
                "/admin/people.xhtml", seller.username(), "a password to tell the seller")
            .statusCode(),
        "a seller does not see the admin's people page");
  }

  /** The Remove button of {@code username}'s row in the admins' table. */
  private static String removeButton(String page, String username) {
    Matcher row =
        Pattern.compile(
                "<input[^>]*id=\"admins:(list:\\d+:remove)\"[^>]*title=\""
                    + Pattern.quote(username)
                    + " stays")
            .matcher(page);
    assertTrue(row.find(), "no Remove button for " + username + " in:\n" + page);
    return row.group(1);
  }

  private record Command(int exit, String output) {}

  /**
   * The distribution's {@code set-admin-password}, as bin/qventory runs it, on the tests' server.
   */
  private static Command setAdminPassword(
      String username, String password, Map<String, String> more) throws Exception {
    Path wildfly = Path.of(System.getProperty("jboss.home"));
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    wildfly.resolve("jboss-modules.jar").toString(),
                    "-mp",
                    wildfly.resolve("modules").toString(),
                    "com.qventory.sync.admin",
                    username))
            .redirectErrorStream(true);
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.putAll(more);
    builder.environment().putAll(environment);
    Process process = builder.start();
    process.getOutputStream().write((password + "\n").getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), output);
    return new Command(process.exitValue(), output);
  }
}
