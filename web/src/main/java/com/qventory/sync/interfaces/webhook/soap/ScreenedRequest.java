package com.qventory.sync.interfaces.webhook.soap;

import com.qventory.sync.domain.webhook.PlatformNotification;
import java.time.Instant;

/** A request the screening filter let through, handed to the endpoint as a request attribute. */
record ScreenedRequest(PlatformNotification notification, String soapAction, Instant receivedAt) {

  static final String ATTRIBUTE = ScreenedRequest.class.getName();
}
