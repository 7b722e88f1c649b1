package com.qventory.sync.application;

/**
 * Which mode the server runs in ({@code qventory.mode}): production unless it says {@code
 * development} — the run command's and the tests' mode, where published values and http URLs are
 * accepted. Unset, or anything else, is production.
 */
public final class ProductionMode {

  public static final String SETTING = "qventory.mode";

  private ProductionMode() {}

  /** Whether {@code mode} (the setting's value, or null when unset) is production. */
  public static boolean is(String mode) {
    return !"development".equals(mode);
  }
}
