package com.qventory.sync.it;

import com.qventory.sync.ebaysim.EbaySimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** An integration test with the eBay simulator running in place of eBay for each test. */
abstract class SimulatorTest {

  protected EbaySimulator simulator;

  @BeforeEach
  void startTheSimulator() throws Exception {
    simulator = TestSimulator.start();
  }

  @AfterEach
  void stopTheSimulator() {
    simulator.close();
  }
}
