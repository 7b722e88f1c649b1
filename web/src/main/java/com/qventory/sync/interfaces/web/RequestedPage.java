package com.qventory.sync.interfaces.web;

import com.qventory.sync.application.Page;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The {@code page} a list page is asked for ({@code ?page=}), and the 400 for one it cannot be. */
public final class RequestedPage {

  private RequestedPage() {}

  /**
   * The request's page number (0 when none is given); one that is not a number, negative, or past
   * the deepest page ({@link Page#number}) is answered 400 and the page is not rendered.
   */
  public static int of(FacesContext faces) {
    try {
      return Page.number(faces.getExternalContext().getRequestParameterMap().get("page"));
    } catch (Page.OutOfRange e) {
      try {
        faces
            .getExternalContext()
            .responseSendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
      } catch (IOException sending) {
        throw new UncheckedIOException(sending);
      }
      faces.responseComplete();
      return 0;
    }
  }
}
