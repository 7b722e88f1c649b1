package com.qventory.sync.interfaces.seller.web;

import com.qventory.sync.application.identity.AccountAdministration;
import com.qventory.sync.application.identity.AccountRejectedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Changes the logged-in user's own password, the current one required. */
@Named
@RequestScoped
public class PasswordForm {

  @Inject private AccountAdministration administration;

  @Inject private FacesContext faces;

  private String current;
  private String next;
  private String confirmation;

  public String change() {
    try {
      if (next == null || !next.equals(confirmation)) {
        throw new AccountRejectedException("The new password and its confirmation differ");
      }
      administration.changeOwnPassword(chars(current), chars(next));
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_INFO, "Your password is changed.", null));
      return "/seller/password.xhtml?faces-redirect=true";
    } catch (AccountRejectedException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
      return null;
    }
  }

  private static char[] chars(String text) {
    return text == null ? new char[0] : text.toCharArray();
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
  }
}
