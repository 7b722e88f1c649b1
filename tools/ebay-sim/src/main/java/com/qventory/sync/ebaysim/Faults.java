package com.qventory.sync.ebaysim;

import java.time.Duration;

/**
 * What the simulator does wrong on purpose when it pushes notifications, to show reconciliation and
 * idempotency at work. Set for the whole run and overridden per seller.
 *
 * @param dropRate fraction of notifications never delivered (0–1)
 * @param duplicateRate fraction delivered twice
 * @param reorderRate fraction held back until after the next one
 * @param delay added before every delivery
 * @param wrongSignatureRate fraction signed with a wrong CertID
 */
public record Faults(
    double dropRate,
    double duplicateRate,
    double reorderRate,
    Duration delay,
    double wrongSignatureRate) {

  public static final Faults NONE = new Faults(0, 0, 0, Duration.ZERO, 0);

  public Faults {
    for (double rate : new double[] {dropRate, duplicateRate, reorderRate, wrongSignatureRate}) {
      if (rate < 0 || rate > 1) {
        throw new IllegalArgumentException("A fault rate is between 0 and 1, was " + rate);
      }
    }
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("delay must be zero or positive");
    }
  }
}
