package com.qventory.sync.loadgen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The run's sellers, each connected to its eBay user, put straight into the database: signing up
 * hundreds of sellers through the pages is not what a load test measures.
 */
final class Sellers {

  /** Not a hash any password has: these sellers never log in. */
  private static final String NO_LOGIN =
      "$2a$10$loadgen.sellers.never.log.in.xxxxxxxxxxxxxxxxxxxxxx";

  private Sellers() {}

  static void ensure(Connection db, int count) throws SQLException {
    try (PreparedStatement user =
            db.prepareStatement(
                "INSERT INTO app_user (id, username, password_hash, enabled, created_at)"
                    + " VALUES (nextval('app_user_seq'), ?, ?, TRUE, now())"
                    + " ON CONFLICT (username) DO NOTHING");
        PreparedStatement role =
            db.prepareStatement(
                "INSERT INTO app_user_role (user_id, role)"
                    + " SELECT id, 'seller' FROM app_user WHERE username = ? ON CONFLICT DO NOTHING");
        PreparedStatement account =
            db.prepareStatement(
                "INSERT INTO ebay_account (id, seller_id, ebay_user_id, status, connected_at)"
                    + " SELECT nextval('ebay_account_seq'), id, ?, 'CONNECTED', now()"
                    + " FROM app_user WHERE username = ? ON CONFLICT DO NOTHING")) {
      for (int i = 1; i <= count; i++) {
        String username = "loadgen-seller-" + i;
        user.setString(1, username);
        user.setString(2, NO_LOGIN);
        user.executeUpdate();
        role.setString(1, username);
        role.executeUpdate();
        account.setString(1, Workload.ebayUser(i));
        account.setString(2, username);
        account.executeUpdate();
      }
    }
  }
}
