package com.qventory.sync.ebaysim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PicturesTest {

  private SimulatorHarness sim;

  @BeforeEach
  void start() throws Exception {
    sim = new SimulatorHarness(Faults.NONE, 1000);
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  @Test
  void aListingsPicturesAreServedByTheSimulatorItself() throws Exception {
    sim.list("picture_seller", "{\"title\":\"Vintage Brass Lamp\"}");
    String itemId = sim.firstItemId("picture_seller");
    String items = sim.get("/sim/api/sellers/picture_seller/items").body();
    String own = "http://localhost:" + sim.url("/").getPort() + "/sim/pictures/";

    HttpResponse<String> picture = sim.get("/sim/pictures/" + itemId + ".svg");

    assertTrue(items.contains(own + itemId + ".svg"), "its pictures are the simulator's: " + items);
    assertEquals(200, picture.statusCode());
    assertEquals("image/svg+xml", picture.headers().firstValue("Content-Type").orElse(""));
    assertTrue(picture.body().startsWith("<svg") && picture.body().contains(">VB<"), "initials");
    assertEquals(200, sim.get("/sim/pictures/" + itemId + "-2.svg").statusCode());
    assertEquals(404, sim.get("/sim/pictures/../secret.svg").statusCode());
  }

  @Test
  void initialsAreTheFirstTwoWordsLettersAndTitlesAreEscaped() {
    assertEquals("ÉC", Pictures.initials("école Chair"));
    assertEquals("?", Pictures.initials("  ***  "));
    assertTrue(Pictures.svg("1", "<Lamp & \"Co\">", false).contains("&lt;Lamp &amp;"));
  }
}
