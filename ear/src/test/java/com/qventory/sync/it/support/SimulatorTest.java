package com.qventory.sync.it.support;

import com.qventory.sync.ebaysim.EbaySimulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** An integration test with the eBay simulator running in place of eBay for each test. */
public abstract class SimulatorTest {

  protected EbaySimulator simulator;

  @BeforeEach
  public void startTheSimulator() throws Exception {
    simulator = TestSimulator.start();
  }

  @AfterEach
  public void stopTheSimulator() {
    simulator.close();
  }
}
