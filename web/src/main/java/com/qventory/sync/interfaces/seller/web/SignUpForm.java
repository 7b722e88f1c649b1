package com.qventory.sync.interfaces.seller.web;

import com.qventory.sync.application.identity.AccountRejectedException;
import com.qventory.sync.application.identity.AccountService;
import com.qventory.sync.application.identity.PasswordPolicy;
import com.qventory.sync.domain.identity.UsernameTakenException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;

/** The sign-up page: a seller creates their own account, then logs in. */
@Named
@RequestScoped
public class SignUpForm {

  @Inject private AccountService accounts;

  @Inject private FacesContext faces;

  private String username;
  private String password;
  private String passwordConfirmation;

  public String signUp() {
    if (password == null || !password.equals(passwordConfirmation)) {
      error("The two passwords differ");
      return null;
    }
    char[] secret = password.toCharArray();
    String registered;
    try {
      registered = accounts.registerSeller(username, secret).getUsername().value();
    } catch (AccountRejectedException | UsernameTakenException e) {
      error(e.getMessage());
      return null;
    } finally {
      Arrays.fill(secret, '\0');
    }
    try {
      // Straight in: a new seller should not have to type the password a third time.
      HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
      request.login(registered, password);
      // A session id planted before sign-up (session fixation) must not become the seller's.
      request.changeSessionId();
    } catch (ServletException e) {
      return "/login.xhtml?faces-redirect=true";
    }
    return "/seller/dashboard.xhtml?faces-redirect=true";
  }

  private void error(String message) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
  }

  public int getMinimumPasswordLength() {
    return PasswordPolicy.MINIMUM_LENGTH;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPasswordConfirmation() {
    return passwordConfirmation;
  }

  public void setPasswordConfirmation(String passwordConfirmation) {
    this.passwordConfirmation = passwordConfirmation;
  }
}
