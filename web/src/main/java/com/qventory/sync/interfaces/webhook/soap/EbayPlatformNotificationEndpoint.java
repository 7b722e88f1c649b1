package com.qventory.sync.interfaces.webhook.soap;

import com.qventory.sync.application.LogText;
import com.qventory.sync.application.metrics.AcknowledgementLatencies;
import com.qventory.sync.application.webhook.intake.NotificationIntake;
import com.qventory.sync.domain.webhook.NotificationChannel;
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
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;

/**
 * Where eBay pushes Platform Notifications ({@code POST /webhooks/ebay-platform}, SOAP 1.1). By the
 * time a request gets here {@link NotificationScreeningFilter} has bounded, read and authenticated
 * it. This endpoint only puts it on the durable queue, and answers 200 once the queue has it. A
 * failure to enqueue answers a SOAP fault (HTTP 500), so that eBay delivers it again.
 */
@WebServiceProvider(
    serviceName = "EbayPlatformNotificationService",
    portName = "EbayPlatformNotificationPort",
    targetNamespace = EbayPlatformNotificationEndpoint.NAMESPACE)
// PAYLOAD, not MESSAGE: the screening filter has already read and checked the whole envelope, and
// MESSAGE mode made CXF build a SAAJ DOM of every request again (a fifth of the webhook's CPU in a
// JFR profile under load); the acknowledgement is the body, CXF writes the envelope around it.
@ServiceMode(Service.Mode.PAYLOAD)
@BindingType(SOAPBinding.SOAP11HTTP_BINDING)
public class EbayPlatformNotificationEndpoint implements Provider<Source> {

  static final String NAMESPACE = "urn:qventory:webhooks";
  static final String ACKNOWLEDGEMENT =
      "<NotificationAcknowledgement xmlns=\""
          + NAMESPACE
          + "\"><Ack>Success</Ack></NotificationAcknowledgement>";

  private static final Logger LOG =
      Logger.getLogger(EbayPlatformNotificationEndpoint.class.getName());

  @Resource private WebServiceContext context;

  @Inject private NotificationIntake intake;

  @Inject private AcknowledgementLatencies acknowledgements;

  @Override
  public Source invoke(Source request) {
    Object servletRequest = context.getMessageContext().get(MessageContext.SERVLET_REQUEST);
    ScreenedRequest screened =
        servletRequest instanceof HttpServletRequest http
            ? (ScreenedRequest) http.getAttribute(ScreenedRequest.ATTRIBUTE)
            : null;
    if (screened == null) {
      throw new WebServiceException("The request was not screened");
    }
    if (screened.alreadyAccepted()) {
      return acknowledged(screened);
    }
    try {
      UUID id = intake.enqueue(screened.screened(), screened.soapAction(), screened.receivedAt());
      LOG.fine(
          () ->
              "[PLATFORM] Queued "
                  + LogText.safe(screened.screened().notification().eventName())
                  + " as "
                  + id);
    } catch (RuntimeException e) {
      LOG.log(
          Level.SEVERE, "[PLATFORM] Could not enqueue a notification; eBay will redeliver it", e);
      throw new WebServiceException("Temporarily unable to accept the notification; retry later");
    }
    return acknowledged(screened);
  }

  private Source acknowledged(ScreenedRequest screened) {
    acknowledgements.acknowledged(NotificationChannel.PLATFORM, screened.receivedAt());
    return new StreamSource(new StringReader(ACKNOWLEDGEMENT));
  }
}
