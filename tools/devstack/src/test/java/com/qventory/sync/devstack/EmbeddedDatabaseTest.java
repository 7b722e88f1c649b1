package com.qventory.sync.devstack;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmbeddedDatabaseTest {

  @Test
  void aTakenPortIsSaidInOneLineBeforeAnythingStarts() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));

      IOException refused =
          assertThrows(
              IOException.class,
              () -> EmbeddedDatabase.start(taken.getLocalPort(), "qventory", Optional.empty()));

      assertTrue(
          refused.getMessage().startsWith("Port " + taken.getLocalPort() + " is taken"),
          refused.getMessage());
      assertTrue(refused.getMessage().contains("QVENTORY_DEV_DB_PORT"), refused.getMessage());
    }
  }
}
