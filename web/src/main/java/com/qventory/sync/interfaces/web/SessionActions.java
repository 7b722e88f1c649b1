package com.qventory.sync.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

/** Who is logged in, for the page header, and logging out (a POST, never a GET). */
@Named
@RequestScoped
public class SessionActions {

  @Inject private FacesContext faces;

  public boolean isLoggedIn() {
    return external().getUserPrincipal() != null;
  }

  public String getUsername() {
    return isLoggedIn() ? external().getUserPrincipal().getName() : null;
  }

  public boolean isAdmin() {
    return external().isUserInRole("admin");
  }

  public String logOut() throws ServletException {
    ((HttpServletRequest) external().getRequest()).logout();
    external().invalidateSession();
    return "/index.xhtml?faces-redirect=true";
  }

  private ExternalContext external() {
    return faces.getExternalContext();
  }
}
