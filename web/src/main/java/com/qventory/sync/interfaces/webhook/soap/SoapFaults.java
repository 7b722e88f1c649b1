package com.qventory.sync.interfaces.webhook.soap;

import com.qventory.sync.infrastructure.ebay.xml.EbayXml;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** SOAP 1.1 faults written straight to the response, with the HTTP status that fits. */
public final class SoapFaults {

  public static final String CONTENT_TYPE = "text/xml;charset=UTF-8";

  private SoapFaults() {}

  static void write(HttpServletResponse response, int httpStatus, String message)
      throws IOException {
    response.setStatus(httpStatus);
    response.setContentType(CONTENT_TYPE);
    byte[] bytes = envelope(httpStatus, message).getBytes(StandardCharsets.UTF_8);
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  /** A fault's envelope: a client's fault below 500, the server's from 500 on. */
  public static String envelope(int httpStatus, String message) {
    String code = httpStatus >= 500 ? "soapenv:Server" : "soapenv:Client";
    return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
        + "<soapenv:Body><soapenv:Fault><faultcode>"
        + code
        + "</faultcode><faultstring>"
        + EbayXml.escape(message)
        + "</faultstring></soapenv:Fault></soapenv:Body></soapenv:Envelope>";
  }
}
