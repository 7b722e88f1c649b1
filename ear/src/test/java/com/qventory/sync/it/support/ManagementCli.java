package com.qventory.sync.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** WildFly's CLI against the tests' server, as an operator runs it on the server's machine. */
public final class ManagementCli {

  public static final String QUEUES = "/subsystem=messaging-activemq/server=default/jms-queue=";

  private ManagementCli() {}

  /** One operation through {@code jboss-cli.sh}, as an operator would type it, read as JSON. */
  public static JsonObject run(String operation) throws IOException, InterruptedException {
    return run(QventoryServer.MANAGEMENT, operation);
  }

  /** {@link #run(String)} against the server whose management interface is {@code management}. */
  public static JsonObject run(URI management, String operation)
      throws IOException, InterruptedException {
    Path cli = Path.of(System.getProperty("jboss.home"), "bin", "jboss-cli.sh");
    Process process =
        new ProcessBuilder(
                List.of(
                    cli.toString(),
                    "--connect",
                    "--controller=" + management.getHost() + ":" + management.getPort(),
                    "--output-json",
                    "--command=" + operation))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the CLI ended");
    int start = output.indexOf('{');
    assertTrue(start >= 0, operation + " answered: " + output);
    JsonObject answer = Json.parse(output.substring(start));
    assertEquals("success", answer.getString("outcome"), operation + " answered: " + output);
    return answer;
  }
}
