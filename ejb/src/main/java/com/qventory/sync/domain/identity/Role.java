package com.qventory.sync.domain.identity;

import java.util.Locale;

/** The application roles; their lower-case names are what the security domain and web.xml use. */
public enum Role {
  SELLER,
  ADMIN;

  public String roleName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role ofRoleName(String roleName) {
    return valueOf(roleName.toUpperCase(Locale.ROOT));
  }
}
