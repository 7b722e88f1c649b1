package com.qventory.sync.interfaces.webhook.soap;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** SOAP 1.1 faults written straight to the response, with the HTTP status that fits. */
final class SoapFaults {

  private SoapFaults() {}

  static void write(HttpServletResponse response, int httpStatus, String message)
      throws IOException {
    String code = httpStatus >= 500 ? "soapenv:Server" : "soapenv:Client";
    String body =
        "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soapenv:Body><soapenv:Fault><faultcode>"
            + code
            + "</faultcode><faultstring>"
            + escape(message)
            + "</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>";
    response.setStatus(httpStatus);
    response.setContentType("text/xml;charset=UTF-8");
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        default -> escaped.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
      }
    }
    return escaped.toString();
  }
}
