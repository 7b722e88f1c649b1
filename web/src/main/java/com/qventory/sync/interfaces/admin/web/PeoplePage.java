package com.qventory.sync.interfaces.admin.web;

import com.qventory.sync.application.identity.AccountAdministration;
import com.qventory.sync.application.identity.AccountRejectedException;
import com.qventory.sync.domain.identity.AccountChange;
import com.qventory.sync.domain.identity.UserAccount;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The admin's people: who the admins are, adding and removing them, a seller's new password. */
@Named
@RequestScoped
public class PeoplePage {

  /** Changes the page lists. */
  static final int CHANGES_SHOWN = 100;

  @Inject private AccountAdministration administration;

  @Inject private FacesContext faces;

  private String newAdmin;
  private String resetUsername;
  private String resetPassword;
  private String resetConfirmation;

  public List<UserAccount> getAdmins() {
    return administration.admins();
  }

  public List<AccountChange> getChanges() {
    return administration.latestChanges(CHANGES_SHOWN);
  }

  public String addAdmin() {
    return done(() -> administration.addAdmin(newAdmin), newAdmin + " is now an admin.");
  }

  public String removeAdmin(String username) {
    return done(() -> administration.removeAdmin(username), username + " is no longer an admin.");
  }

  public String reset() {
    return done(
        () -> {
          if (resetPassword == null || !resetPassword.equals(resetConfirmation)) {
            throw new AccountRejectedException("The password and its confirmation differ");
          }
          administration.resetPassword(
              resetUsername, resetPassword == null ? new char[0] : resetPassword.toCharArray());
        },
        resetUsername + " has a new password; tell them, and they can change it.");
  }

  private interface Change {
    void run() throws AccountRejectedException;
  }

  private String done(Change change, String said) {
    try {
      change.run();
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, said, null));
      return "/admin/people.xhtml?faces-redirect=true";
    } catch (AccountRejectedException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      return null;
    }
  }

  public String getNewAdmin() {
    return newAdmin;
  }

  public void setNewAdmin(String newAdmin) {
    this.newAdmin = newAdmin;
  }

  public String getResetUsername() {
    return resetUsername;
  }

  public void setResetUsername(String resetUsername) {
    this.resetUsername = resetUsername;
  }

  public String getResetPassword() {
    return resetPassword;
  }

  public void setResetPassword(String resetPassword) {
    this.resetPassword = resetPassword;
  }

  public String getResetConfirmation() {
    return resetConfirmation;
  }

  public void setResetConfirmation(String resetConfirmation) {
    this.resetConfirmation = resetConfirmation;
  }
}
