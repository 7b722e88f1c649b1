package com.qventory.sync.interfaces.web.csp;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.json.Json;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes Faces' pages so that a Content-Security-Policy without {@code 'unsafe-inline'} runs all of
 * their script and nothing else:
 *
 * <ul>
 *   <li>every {@code <script>} element gets this answer's nonce ({@link ScriptNonce});
 *   <li>inline event handlers ({@code onclick="mojarra.ab(…)"}, which no nonce can allow) are not
 *       written as attributes; each is attached instead by a script that carries the nonce, with
 *       the handler's meaning kept ({@code this} is the element, {@code return false} prevents the
 *       default) — at the end of the page's body, or at the end of each Ajax update, whose scripts
 *       Faces' own script runs (allowed by {@code 'strict-dynamic'}).
 * </ul>
 *
 * An element with a handler but no id is given one.
 */
public class NonceResponseWriter extends ResponseWriterWrapper {

  private record Handler(String elementId, String event, String code) {}

  private final String nonce;

  /** Handlers of the page, or of the Ajax update being written. */
  private final List<Handler> handlers = new ArrayList<>();

  /** The element whose start tag is open: its id, and its handlers waiting for one. */
  private String openElement;

  private String openId;
  private final List<String[]> openHandlers = new ArrayList<>();
  private int generatedIds;

  /** Inside a partial response's {@code <update>}: its handlers are attached at its end. */
  private boolean inUpdate;

  public NonceResponseWriter(ResponseWriter wrapped, String nonce) {
    super(wrapped);
    this.nonce = nonce;
  }

  @Override
  public ResponseWriter cloneWithWriter(Writer writer) {
    return new NonceResponseWriter(getWrapped().cloneWithWriter(writer), nonce);
  }

  @Override
  public void startElement(String name, UIComponent component) throws IOException {
    closeStart();
    if ("update".equals(name)) {
      inUpdate = true;
    }
    super.startElement(name, component);
    openElement = name;
    if ("script".equalsIgnoreCase(name)) {
      super.writeAttribute("nonce", nonce, null);
    }
  }

  @Override
  public void writeAttribute(String name, Object value, String property) throws IOException {
    if (openElement != null && isHandler(name) && value != null) {
      openHandlers.add(new String[] {name.substring(2).toLowerCase(Locale.ROOT), value.toString()});
      return;
    }
    if (openElement != null && "id".equals(name) && value != null) {
      openId = value.toString();
    }
    if ("nonce".equals(name) && "script".equalsIgnoreCase(openElement)) {
      return; // written already
    }
    super.writeAttribute(name, value, property);
  }

  @Override
  public void endElement(String name) throws IOException {
    closeStart();
    if ("body".equalsIgnoreCase(name)) {
      writeHandlers(true);
    }
    super.endElement(name);
    if ("update".equals(name)) {
      inUpdate = false;
    }
  }

  @Override
  public void endCDATA() throws IOException {
    closeStart();
    if (inUpdate) {
      writeHandlers(false); // Faces runs the scripts an update carries, once it is in the page
    }
    super.endCDATA();
  }

  @Override
  public void startCDATA() throws IOException {
    closeStart();
    super.startCDATA();
  }

  @Override
  public void writeText(Object text, String property) throws IOException {
    closeStart();
    super.writeText(text, property);
  }

  @Override
  public void writeText(Object text, UIComponent component, String property) throws IOException {
    closeStart();
    super.writeText(text, component, property);
  }

  @Override
  public void writeText(char[] text, int off, int len) throws IOException {
    closeStart();
    super.writeText(text, off, len);
  }

  @Override
  public void writeComment(Object comment) throws IOException {
    closeStart();
    super.writeComment(comment);
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    closeStart();
    super.write(cbuf, off, len);
  }

  @Override
  public void write(String str) throws IOException {
    closeStart();
    super.write(str);
  }

  @Override
  public void write(int c) throws IOException {
    closeStart();
    super.write(c);
  }

  @Override
  public void write(char[] cbuf) throws IOException {
    closeStart();
    super.write(cbuf);
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    closeStart();
    super.write(str, off, len);
  }

  @Override
  public void endDocument() throws IOException {
    closeStart();
    super.endDocument();
  }

  /** The open start tag is about to close: its handlers are remembered, with an id it has. */
  private void closeStart() throws IOException {
    if (openElement == null) {
      return;
    }
    if (!openHandlers.isEmpty()) {
      if (openId == null) {
        openId = "csp-handler-" + ++generatedIds;
        super.writeAttribute("id", openId, null);
      }
      for (String[] handler : openHandlers) {
        handlers.add(new Handler(openId, handler[0], handler[1]));
      }
      openHandlers.clear();
    }
    openElement = null;
    openId = null;
  }

  /** One script that attaches the handlers collected so far. */
  private void writeHandlers(boolean withNonce) throws IOException {
    if (handlers.isEmpty()) {
      return;
    }
    StringBuilder script = new StringBuilder("(function(){function on(id,type,handler){");
    script.append(
        "var e=document.getElementById(id);if(e){e.addEventListener(type,function(event){");
    script.append("if(handler.call(e,event)===false){event.preventDefault();}});}}");
    for (Handler handler : handlers) {
      script
          .append("on(")
          .append(json(handler.elementId()))
          .append(',')
          .append(json(handler.event()))
          .append(",function(event){")
          .append(handler.code().replace("</", "<\\/"))
          .append("\n});");
    }
    script.append("})();");
    handlers.clear();
    getWrapped().startElement("script", null);
    if (withNonce) {
      getWrapped().writeAttribute("nonce", nonce, null);
    }
    getWrapped().write(script.toString());
    getWrapped().endElement("script");
  }

  private static boolean isHandler(String attribute) {
    return attribute.length() > 2
        && attribute.regionMatches(true, 0, "on", 0, 2)
        && Character.isLetter(attribute.charAt(2));
  }

  private static String json(String text) {
    JsonString value = Json.createValue(text);
    return value.toString().replace("</", "<\\/");
  }
}
