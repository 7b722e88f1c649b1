package com.qventory.sync.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class FailuresTest {

  @Test
  void aDatabaseThatRefusesOrCannotBeReachedIsUnavailableWhereverTheCauseSits() {
    SQLException refusing =
        new SQLException(
            "FATAL: database \"qventory\" is not currently accepting connections", "55000");

    assertTrue(
        Failures.databaseUnavailable(
            new IllegalStateException(
                "could not open a connection",
                new ResourceException("IJ000453: Unable to get managed connection", refusing))));
    assertTrue(Failures.databaseUnavailable(new SQLException("Connection refused", "08001")));
    assertTrue(Failures.databaseUnavailable(new SQLException("terminating connection", "57P01")));
  }

  @Test
  void aFailureOfTheWorkItselfIsNot() {
    assertFalse(
        Failures.databaseUnavailable(
            new IllegalStateException("x", new SQLException("duplicate key", "23505"))));
    assertFalse(Failures.databaseUnavailable(new IllegalStateException("refusing item 1")));
  }
}
