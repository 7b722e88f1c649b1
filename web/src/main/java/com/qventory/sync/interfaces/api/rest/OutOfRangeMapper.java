package com.qventory.sync.interfaces.api.rest;

import com.qventory.sync.application.Page;
import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A page number or size the API cannot read, or one past the deepest page: 400, saying why. */
@Provider
public class OutOfRangeMapper implements ExceptionMapper<Page.OutOfRange> {

  @Override
  public Response toResponse(Page.OutOfRange e) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            Json.createObjectBuilder()
                .add("error", "bad_request")
                .add("message", e.getMessage())
                .build()
                .toString())
        .build();
  }
}
