package com.qventory.sync.interfaces.webhook.soap;

import com.qventory.sync.application.webhook.intake.NotificationIntake.Screened;
import java.time.Instant;

/**
 * A request the screening filter let through, handed to the endpoint as a request attribute.
 *
 * @param alreadyAccepted a redelivery of a notification already taken in: acknowledge, do not queue
 */
record ScreenedRequest(
    Screened screened, String soapAction, Instant receivedAt, boolean alreadyAccepted) {

  static final String ATTRIBUTE = ScreenedRequest.class.getName();
}
