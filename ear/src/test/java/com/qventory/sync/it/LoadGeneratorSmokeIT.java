package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.it.support.BlackBoxTest;
import com.qventory.sync.it.support.QventoryServer;
import com.qventory.sync.it.support.TestDatabase;
import com.qventory.sync.it.support.TestSimulator;
import com.qventory.sync.loadgen.LoadGenerator;
import com.qventory.sync.loadgen.Options;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The load generator against the server under test, for seconds at a tiny rate: the benchmark
 * cannot rot. Its figures prove nothing here (the machine is shared); the benchmark's report does.
 */
@BlackBoxTest
class LoadGeneratorSmokeIT {

  @Test
  void aShortRunSendsSignedNotificationsThatAreAllAcknowledgedProcessedAndReported()
      throws Exception {
    LoadGenerator.Result result =
        LoadGenerator.run(
            againstTheSuitesServer(
                "--sellers", "2",
                "--items", "10",
                "--rate", "20",
                "--seconds", "2",
                "--connections", "4",
                "--ceiling-seconds", "1",
                "--drain-seconds", "30",
                "--report", "target/loadgen-smoke"),
            TestSimulator.keyset());

    assertEquals(40, result.sent(), "20/s for 2 s, open loop");
    assertEquals(Map.of(), result.errors());
    assertEquals(result.sent(), result.acknowledged());
    assertEquals(result.acknowledged(), result.settled(), "every notification processed");
    assertTrue(result.endToEnd().getTotalCount() > 0);
    assertTrue(result.httpCeiling() > 0 && result.databaseCeiling() > 0, "ceilings measured");
    String report = Files.readString(result.report());
    assertTrue(report.contains("| acknowledged 200 (achieved rate) | 40 ("), report);
    assertTrue(report.contains("| backlog every 5 s from the start | 0"), report);
  }

  @Test
  void aTinySweepReportsEveryStepWithItsCharts() throws Exception {
    Path report =
        LoadGenerator.sweep(
            againstTheSuitesServer(
                "--sellers", "2",
                "--items", "10",
                "--seconds", "1",
                "--connections", "4",
                "--sweep-rates", "10,20",
                "--sweep-connections", "2",
                "--ceiling-seconds", "1",
                "--drain-seconds", "30",
                "--report", "target/loadgen-sweep-smoke"),
            TestSimulator.keyset());

    String markdown = Files.readString(report);
    assertTrue(markdown.contains("| 10/s | 4 |"), markdown);
    assertTrue(markdown.contains("| 20/s | 4 |"), markdown);
    assertTrue(markdown.contains("| flat out | 2 |"), markdown);
    for (String chart : List.of("-latency.png", "-throughput.png")) {
      Path png = report.resolveSibling(report.getFileName().toString().replace(".md", chart));
      assertTrue(markdown.contains(png.getFileName().toString()), "linked: " + png);
      BufferedImage image = ImageIO.read(png.toFile());
      assertEquals(900, image.getWidth(), png + " is a PNG chart");
    }
  }

  @Test
  void theDataModeFillsOnceAndMeasuresEveryReadAsItsSellerAndAdmin() throws Exception {
    Options options =
        againstTheSuitesServer(
            "--fill", "300",
            "--fill-sellers", "3",
            "--big-seller", "150",
            "--samples", "3",
            "--admin-user", QventoryServer.ADMIN_USERNAME,
            "--admin-password", QventoryServer.ADMIN_PASSWORD,
            "--report", "target/loadgen-data-smoke");
    LoadGenerator.readsAtSize(options);
    Path report = LoadGenerator.readsAtSize(options); // fills nothing twice

    String markdown = Files.readString(report);
    assertTrue(markdown.contains("inventory page, first page (150 items of the seller)"), markdown);
    assertTrue(markdown.contains("admin event log JSON"), markdown);
    assertEquals(
        List.of("300"),
        TestDatabase.strings(
            "SELECT count(*)::text FROM inventory_item i JOIN app_user u ON u.id = i.seller_id"
                + " WHERE u.username LIKE 'loadgen-data-%'"));
    assertEquals(
        List.of("150"),
        TestDatabase.strings(
            "SELECT count(*)::text FROM inventory_item i JOIN app_user u ON u.id = i.seller_id"
                + " WHERE u.username = 'loadgen-data-1'"));
  }

  /** The options of a run against the suite's server and database, then {@code more}. */
  private static Options againstTheSuitesServer(String... more) {
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "--url", QventoryServer.url("").toString().replaceAll("/$", ""),
                "--jdbc", System.getenv("POSTGRESQL_URL"),
                "--db-user", System.getenv("POSTGRESQL_USER"),
                "--db-password", System.getenv("POSTGRESQL_PASSWORD")));
    arguments.addAll(List.of(more));
    return Options.parse(arguments.toArray(String[]::new));
  }
}
