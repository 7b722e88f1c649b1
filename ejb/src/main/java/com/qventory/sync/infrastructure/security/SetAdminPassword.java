package com.qventory.sync.infrastructure.security;

import com.qventory.sync.application.ProductionMode;
import com.qventory.sync.application.identity.AccountRejectedException;
import com.qventory.sync.application.identity.PasswordPolicy;
import com.qventory.sync.domain.identity.AccountAction;
import com.qventory.sync.domain.identity.AccountChange;
import com.qventory.sync.domain.identity.Username;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * The server command that sets an admin's password from standard input — the first admin, or a
 * forgotten password: {@code bin/qventory set-admin-password USERNAME}. The user becomes an enabled
 * admin with that password (created, with the seller's role too, when there is none by that name),
 * and the change is recorded like an admin's. It writes to the database directly, with the
 * application's password rules and bcrypt, from the settings in the environment; the server may be
 * running or not. Run by jboss-modules as the module {@code com.qventory.sync.admin}.
 */
public final class SetAdminPassword {

  private SetAdminPassword() {}

  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err, System.getenv()));
  }

  /**
   * @return the exit status: 0 done, 2 refused (said why on {@code err}), 1 the database failed
   */
  static int run(
      String[] args,
      InputStream in,
      PrintStream out,
      PrintStream err,
      Map<String, String> environment) {
    if (args.length != 1) {
      err.println("usage: set-admin-password USERNAME   (the password on standard input)");
      return 2;
    }
    try {
      Username username = Username.parse(args[0]);
      char[] password = passwordFrom(in);
      PasswordPolicy.checkAdmin(password, ProductionMode.is(environment.get("QVENTORY_MODE")));
      String url =
          Optional.ofNullable(environment.get("POSTGRESQL_URL"))
              .orElseThrow(() -> new AccountRejectedException("POSTGRESQL_URL is not set"));
      String hash =
          new BcryptPasswordHasher(
                  Integer.parseInt(environment.getOrDefault("QVENTORY_SECURITY_BCRYPT_COST", "10")))
              .hash(password);
      boolean created;
      loadDriver();
      try (Connection db =
          DriverManager.getConnection(
              url,
              environment.getOrDefault("POSTGRESQL_USER", "qventory"),
              environment.getOrDefault("POSTGRESQL_PASSWORD", ""))) {
        created = write(db, username, hash);
      }
      out.println(
          "Admin '"
              + username
              + "' "
              + (created ? "created with" : "now has")
              + " the new password. A running server accepts it at once; it forgets the old one"
              + " within five minutes (its credential cache), or at its next start.");
      return 0;
    } catch (AccountRejectedException | IllegalArgumentException | IOException e) {
      err.println("set-admin-password: " + e.getMessage());
      return 2;
    } catch (SQLException e) {
      err.println("set-admin-password: the database refused: " + e.getMessage());
      return 1;
    }
  }

  /** The PostgreSQL driver of the module's dependency, known to DriverManager once loaded. */
  private static void loadDriver() throws SQLException {
    try {
      Class.forName("org.postgresql.Driver");
    } catch (ClassNotFoundException e) {
      throw new SQLException("The PostgreSQL driver is not on the module path", e);
    }
  }

  /** The first line of standard input, without its line break. */
  private static char[] passwordFrom(InputStream in) throws IOException, AccountRejectedException {
    String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
    if (line == null) {
      throw new AccountRejectedException("No password on standard input");
    }
    return line.toCharArray();
  }

  /**
   * Sets the password, enables the user and makes them an admin, and records it, in one
   * transaction.
   *
   * @return whether the user was created
   */
  private static boolean write(Connection db, Username username, String hash) throws SQLException {
    db.setAutoCommit(false);
    try {
      Optional<Long> existing =
          single(db, "SELECT id FROM app_user WHERE username = ? FOR UPDATE", username.value());
      long id;
      if (existing.isPresent()) {
        id = existing.get();
        update(db, "UPDATE app_user SET password_hash = ?, enabled = TRUE WHERE id = ?", hash, id);
      } else {
        id = single(db, "SELECT nextval('app_user_seq')").orElseThrow();
        update(
            db,
            "INSERT INTO app_user (id, username, password_hash, enabled, created_at)"
                + " VALUES (?, ?, ?, TRUE, now())",
            id,
            username.value(),
            hash);
        update(db, "INSERT INTO app_user_role (user_id, role) VALUES (?, 'seller')", id);
      }
      update(
          db,
          "INSERT INTO app_user_role (user_id, role) VALUES (?, 'admin') ON CONFLICT DO NOTHING",
          id);
      update(
          db,
          "INSERT INTO account_change (id, at, actor, action, subject, detail)"
              + " VALUES (nextval('account_change_seq'), now(), ?, ?, ?, ?)",
          AccountChange.SERVER_COMMAND,
          AccountAction.PASSWORD_SET_ON_SERVER.name(),
          username.value(),
          existing.isPresent() ? null : "a new admin");
      db.commit();
      return existing.isEmpty();
    } catch (SQLException e) {
      db.rollback();
      throw e;
    }
  }

  private static Optional<Long> single(Connection db, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = prepared(db, sql, parameters);
        ResultSet result = statement.executeQuery()) {
      return result.next() ? Optional.of(result.getLong(1)) : Optional.empty();
    }
  }

  private static void update(Connection db, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepared(db, sql, parameters)) {
      statement.executeUpdate();
    }
  }

  private static PreparedStatement prepared(Connection db, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = db.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }
}
