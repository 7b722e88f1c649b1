package com.qventory.sync.it;

import com.qventory.sync.ebaysim.EbaySimulator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** An integration test with the eBay simulator running in place of eBay for each test. */
abstract class SimulatorTest {

  protected EbaySimulator simulator;

  @Deployment(testable = false)
  static EnterpriseArchive application() {
    return QventoryServer.ear();
  }

  @BeforeEach
  void startTheSimulator() throws Exception {
    simulator = TestSimulator.start();
  }

  @AfterEach
  void stopTheSimulator() {
    simulator.close();
  }
}
