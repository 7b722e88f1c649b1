package com.qventory.sync.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.qventory.sync.ebaysim.Keyset;
import com.qventory.sync.loadgen.LoadGenerator;
import com.qventory.sync.loadgen.Options;
import com.qventory.sync.testing.Fixtures;
import java.nio.file.Files;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The load generator against the server under test, for seconds at a tiny rate: the benchmark
 * cannot rot. Its figures prove nothing here (the machine is shared); the benchmark's report does.
 */
@ExtendWith(ArquillianExtension.class)
class LoadGeneratorSmokeIT {

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return QventoryServer.ear();
  }

  @Test
  void aShortRunSendsSignedNotificationsThatAreAllAcknowledgedProcessedAndReported()
      throws Exception {
    Map<String, String> keyset = Fixtures.TEST_KEYSET;
    LoadGenerator.Result result =
        LoadGenerator.run(
            Options.parse(
                new String[] {
                  "--url", QventoryServer.url("").toString().replaceAll("/$", ""),
                  "--jdbc", System.getenv("POSTGRESQL_URL"),
                  "--db-user", System.getenv("POSTGRESQL_USER"),
                  "--db-password", System.getenv("POSTGRESQL_PASSWORD"),
                  "--sellers", "2",
                  "--items", "10",
                  "--rate", "20",
                  "--seconds", "2",
                  "--connections", "4",
                  "--ceiling-seconds", "1",
                  "--drain-seconds", "30",
                  "--report", "target/loadgen-smoke"
                }),
            new Keyset(
                keyset.get("EBAY_DEV_ID"),
                keyset.get("EBAY_CLIENT_ID"),
                keyset.get("EBAY_CERT_ID"),
                TestSimulator.RU_NAME));

    assertEquals(40, result.sent(), "20/s for 2 s, open loop");
    assertEquals(Map.of(), result.errors());
    assertEquals(result.sent(), result.acknowledged());
    assertEquals(result.acknowledged(), result.settled(), "every notification processed");
    assertTrue(result.endToEnd().getTotalCount() > 0);
    assertTrue(result.httpCeiling() > 0 && result.databaseCeiling() > 0, "ceilings measured");
    String report = Files.readString(result.report());
    assertTrue(report.contains("| acknowledged 200 (achieved rate) | 40 ("), report);
  }
}
