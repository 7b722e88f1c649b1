package com.qventory.sync.interfaces.webhook.soap;

import com.qventory.sync.infrastructure.messaging.jms.PlatformNotificationQueue;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.BindingType;
import jakarta.xml.ws.Provider;
import jakarta.xml.ws.Service;
import jakarta.xml.ws.ServiceMode;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.WebServiceProvider;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.soap.SOAPBinding;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;

/**
 * Where eBay pushes Platform Notifications ({@code POST /webhooks/ebay-platform}, SOAP 1.1). It
 * does no processing: it puts the notification on the durable queue and answers 200 only once the
 * queue has it. A failure to enqueue answers a SOAP fault (HTTP 500) so that eBay redelivers.
 */
@WebServiceProvider(
    serviceName = "EbayPlatformNotificationService",
    portName = "EbayPlatformNotificationPort",
    targetNamespace = EbayPlatformNotificationEndpoint.NAMESPACE)
@ServiceMode(Service.Mode.MESSAGE)
@BindingType(SOAPBinding.SOAP11HTTP_BINDING)
public class EbayPlatformNotificationEndpoint implements Provider<Source> {

  static final String NAMESPACE = "urn:qventory:webhooks";
  static final String ACKNOWLEDGEMENT =
      "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
          + "<soapenv:Body><NotificationAcknowledgement xmlns=\""
          + NAMESPACE
          + "\"><Ack>Success</Ack></NotificationAcknowledgement></soapenv:Body></soapenv:Envelope>";

  private static final Logger LOG =
      Logger.getLogger(EbayPlatformNotificationEndpoint.class.getName());

  @Resource private WebServiceContext context;

  @Inject private PlatformNotificationQueue queue;

  @Inject private Clock clock;

  @Override
  public Source invoke(Source request) {
    Instant receivedAt = clock.instant();
    String soapAction = soapAction();
    String raw = serialize(request);
    try {
      queue.enqueue(raw, soapAction, receivedAt);
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE, "[PLATFORM] Could not enqueue a notification; eBay will redeliver it", e);
      throw new WebServiceException("Temporarily unable to accept the notification; retry later");
    }
    return new StreamSource(new StringReader(ACKNOWLEDGEMENT));
  }

  private String soapAction() {
    MessageContext message = context.getMessageContext();
    Object servletRequest = message.get(MessageContext.SERVLET_REQUEST);
    return servletRequest instanceof HttpServletRequest http ? http.getHeader("SOAPAction") : null;
  }

  private static String serialize(Source envelope) {
    try {
      TransformerFactory factory = TransformerFactory.newInstance();
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer transformer = factory.newTransformer();
      StringWriter text = new StringWriter();
      transformer.transform(envelope, new StreamResult(text));
      return text.toString();
    } catch (TransformerException e) {
      throw new WebServiceException("The request is not a readable SOAP envelope", e);
    }
  }
}
