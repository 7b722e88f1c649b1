package com.qventory.sync.application.webhook.processing;

/**
 * Port: what a transaction has changed but not yet written. Between the notifications of one batch,
 * the batch writes what the last one changed and lets go of it: otherwise every query of every
 * later notification checks all the batch's changes first, and a batch's cost grows with the square
 * of its size (a third of the appliers' time in a profile of batches of 32).
 */
public interface WorkInProgress {

  /** Writes the changes so far (in this transaction) and forgets the objects they were made on. */
  void writeAndRelease();
}
