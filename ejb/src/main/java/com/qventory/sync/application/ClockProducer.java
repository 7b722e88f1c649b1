package com.qventory.sync.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one place the application asks for the time, so that tests can reason about it. */
@ApplicationScoped
public class ClockProducer {

  @Produces
  Clock systemClock() {
    return Clock.systemUTC();
  }
}
