package com.qventory.sync.interfaces.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The {@code id} a detail page is asked for, and the 404 it answers when there is no such thing.
 */
public final class RequestedId {

  private RequestedId() {}

  /** The request's {@code id} parameter, or -1 when it is missing or not a number. */
  public static long of(FacesContext faces) {
    try {
      return Long.parseLong(faces.getExternalContext().getRequestParameterMap().get("id"));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Answers 404 instead of rendering the page. */
  public static void notFound(FacesContext faces, String message) {
    ExternalContext external = faces.getExternalContext();
    try {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
