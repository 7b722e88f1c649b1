package com.qventory.sync.realm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.wildfly.security.auth.server.RealmUnavailableException;

/**
 * Users from the application's tables (app_user, app_user_role, created by its migrations), through
 * the server's datasource, looked up when first needed: the realm starts before the datasource is
 * bound.
 */
final class JdbcUsers implements Users {

  private final String dataSourceName;
  private volatile DataSource dataSource;

  JdbcUsers(String dataSourceName) {
    this.dataSourceName = dataSourceName;
  }

  @Override
  public Optional<User> find(String username) throws RealmUnavailableException {
    try (Connection connection = dataSource().getConnection();
        PreparedStatement user =
            connection.prepareStatement(
                "SELECT id, password_hash FROM app_user WHERE username = ? AND enabled")) {
      user.setString(1, username);
      long id;
      String hash;
      try (ResultSet row = user.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        id = row.getLong(1);
        hash = row.getString(2);
      }
      Set<String> roles = new LinkedHashSet<>();
      try (PreparedStatement role =
          connection.prepareStatement("SELECT role FROM app_user_role WHERE user_id = ?")) {
        role.setLong(1, id);
        try (ResultSet rows = role.executeQuery()) {
          while (rows.next()) {
            roles.add(rows.getString(1));
          }
        }
      }
      return Optional.of(new User(hash, Set.copyOf(roles)));
    } catch (SQLException e) {
      throw new RealmUnavailableException("Could not read user " + username, e);
    }
  }

  private DataSource dataSource() throws RealmUnavailableException {
    DataSource found = dataSource;
    if (found == null) {
      try {
        found = (DataSource) new InitialContext().lookup(dataSourceName);
      } catch (NamingException e) {
        throw new RealmUnavailableException("No datasource " + dataSourceName, e);
      }
      dataSource = found;
    }
    return found;
  }
}
