package com.qventory.sync.application.identity;

import com.qventory.sync.application.CheckedSettings;
import com.qventory.sync.application.ProductionMode;
import com.qventory.sync.application.PublishedValues;
import com.qventory.sync.application.SchemaReady;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the first admin from configuration as soon as the schema is ready. No password is built
 * into the code: without {@code qventory.admin.initial-password} no admin is created, and the log
 * says how to create one. In production mode it first retires every published password an admin
 * still has ({@link AccountService#retirePublishedAdminPasswords}).
 */
@ApplicationScoped
public class AdminBootstrap implements CheckedSettings {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

  @Inject private AccountService accounts;

  @Inject
  @ConfigProperty(name = "qventory.admin.username", defaultValue = "admin")
  private String username;

  @Inject
  @ConfigProperty(name = "qventory.admin.initial-password")
  private Optional<String> initialPassword;

  @Inject
  @ConfigProperty(name = "qventory.mode", defaultValue = "production")
  private String mode;

  /**
   * The initial password must pass the password rules; in production it must not be one published
   * with the project.
   */
  @Override
  public List<String> problems(boolean production) {
    if (initialPassword.isEmpty()) {
      return List.of();
    }
    if (production && PublishedValues.PASSWORDS.contains(initialPassword.get())) {
      return List.of("QVENTORY_ADMIN_INITIAL_PASSWORD is a published password");
    }
    try {
      PasswordPolicy.check(initialPassword.get().toCharArray());
      return List.of();
    } catch (AccountRejectedException e) {
      return List.of("QVENTORY_ADMIN_INITIAL_PASSWORD: " + e.getMessage());
    }
  }

  void onSchemaReady(@Observes SchemaReady ready) {
    if (ProductionMode.is(mode)) {
      try {
        accounts
            .retirePublishedAdminPasswords(username, initialPassword.map(String::toCharArray))
            .forEach(done -> LOG.severe("[SECURITY] Production mode: " + done));
      } catch (AccountRejectedException | RuntimeException e) {
        LOG.log(Level.SEVERE, "[SECURITY] The admins' passwords could not be checked", e);
      }
    }
    if (initialPassword.isEmpty()) {
      LOG.warning(
          "[IDENTITY] qventory.admin.initial-password (QVENTORY_ADMIN_INITIAL_PASSWORD) is not set:"
              + " no first admin is created; set it and restart if no admin exists yet");
      return;
    }
    try {
      accounts.createFirstAdminIfNone(username, initialPassword.get().toCharArray());
    } catch (AccountRejectedException e) {
      LOG.severe("[IDENTITY] The first admin was not created: " + e.getMessage());
    } catch (RuntimeException e) {
      // Retried at the next start; a missing admin must not take the webhook down with it.
      LOG.log(Level.SEVERE, "[IDENTITY] The first admin was not created", e);
    }
  }
}
