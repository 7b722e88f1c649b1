package com.qventory.sync.application;

import java.util.List;

/**
 * Settings that say what is wrong with them, so that a start is refused once with every problem
 * listed rather than at the first one, one restart at a time (the infrastructure's {@code
 * SettingsCheck} gathers them).
 */
public interface CheckedSettings {

  /**
   * What is wrong with these settings, each naming its environment variable and what to set:
   * malformed values always; in production mode also what production requires and the demo values
   * it refuses ({@link PublishedValues}).
   */
  List<String> problems(boolean production);
}
