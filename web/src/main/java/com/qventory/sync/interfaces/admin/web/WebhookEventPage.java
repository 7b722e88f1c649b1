package com.qventory.sync.interfaces.admin.web;

import com.qventory.sync.application.webhook.eventlog.ReplayRefusedException;
import com.qventory.sync.application.webhook.eventlog.WebhookEventDetail;
import com.qventory.sync.application.webhook.eventlog.WebhookEventQueries;
import com.qventory.sync.application.webhook.eventlog.WebhookReplay;
import com.qventory.sync.domain.webhook.WebhookEvent;
import com.qventory.sync.interfaces.web.RequestedId;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;

/** One notification explained: what it said, what became of it and why, and replay. */
@Named
@ViewScoped
public class WebhookEventPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient WebhookEventQueries queries;

  @Inject private transient WebhookReplay replay;

  private long id;
  private transient WebhookEventDetail detail;

  @PostConstruct
  void load() {
    FacesContext faces = FacesContext.getCurrentInstance();
    id = RequestedId.of(faces);
    if (getDetail() == null) {
      RequestedId.notFound(faces, "No such event");
    }
  }

  public WebhookEventDetail getDetail() {
    if (detail == null && id >= 0) {
      detail = queries.detail(id).orElse(null);
    }
    return detail;
  }

  public long getId() {
    return id;
  }

  /** Milliseconds from our endpoint's acceptance to the outcome. */
  public Long getLatencyMillis() {
    var event = getDetail().event();
    return event.getProcessedAt() == null
        ? null
        : Duration.between(event.getReceivedAt(), event.getProcessedAt()).toMillis();
  }

  public boolean isReplayable() {
    return WebhookEvent.REPLAYABLE.contains(getDetail().event().getStatus());
  }

  public String replay() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      replay.replay(id);
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_INFO, "Sent through processing again.", null));
    } catch (ReplayRefusedException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    detail = null;
    return null;
  }
}
