package com.qventory.sync.interfaces.web.csp;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import jakarta.servlet.ServletRequest;
import java.io.Writer;
import java.util.Iterator;

/**
 * Gives every render kit a response writer that keeps the pages' script within the
 * Content-Security-Policy ({@link NonceResponseWriter}); registered in faces-config.xml.
 */
public class NonceRenderKitFactory extends RenderKitFactory {

  public NonceRenderKitFactory(RenderKitFactory wrapped) {
    super(wrapped);
  }

  @Override
  public void addRenderKit(String renderKitId, RenderKit renderKit) {
    getWrapped().addRenderKit(renderKitId, renderKit);
  }

  @Override
  public RenderKit getRenderKit(FacesContext context, String renderKitId) {
    RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
    return kit == null ? null : new NonceRenderKit(kit);
  }

  @Override
  public Iterator<String> getRenderKitIds() {
    return getWrapped().getRenderKitIds();
  }

  private static final class NonceRenderKit extends RenderKitWrapper {
    NonceRenderKit(RenderKit wrapped) {
      super(wrapped);
    }

    @Override
    public ResponseWriter createResponseWriter(
        Writer writer, String contentTypeList, String characterEncoding) {
      ResponseWriter created =
          getWrapped().createResponseWriter(writer, contentTypeList, characterEncoding);
      Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
      return request instanceof ServletRequest servlet
          ? new NonceResponseWriter(created, ScriptNonce.of(servlet))
          : created;
    }
  }
}
