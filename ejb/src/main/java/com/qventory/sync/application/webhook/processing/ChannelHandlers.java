package com.qventory.sync.application.webhook.processing;

import com.qventory.sync.domain.webhook.NotificationChannel;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;

/** The handler of each of eBay's channels: the one place that tells the channels apart. */
@ApplicationScoped
public class ChannelHandlers {

  @Inject private Instance<ChannelHandler> all;

  private final Map<NotificationChannel, ChannelHandler> handlers =
      new EnumMap<>(NotificationChannel.class);

  @PostConstruct
  void resolve() {
    // Once: every handler is a stateless bean's proxy, good for the application's life.
    for (ChannelHandler handler : all) {
      handlers.put(handler.channel(), handler);
    }
    for (NotificationChannel channel : NotificationChannel.values()) {
      if (!handlers.containsKey(channel)) {
        throw new IllegalStateException("No handler for the " + channel + " channel");
      }
    }
  }

  /** The handler of {@code channel}. */
  public ChannelHandler of(NotificationChannel channel) {
    return handlers.get(channel);
  }
}
