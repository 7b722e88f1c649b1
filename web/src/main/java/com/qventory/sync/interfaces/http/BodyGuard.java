package com.qventory.sync.interfaces.http;

import com.qventory.sync.application.LogText;
import com.qventory.sync.domain.webhook.RefusalReason;
import io.undertow.connector.PooledByteBuffer;
import io.undertow.server.Connectors;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.xnio.IoUtils;
import org.xnio.XnioExecutor;
import org.xnio.channels.StreamSourceChannel;

/**
 * The first thing every request with a body meets, on the I/O thread, before the servlet container
 * gives it a worker thread. The body is read here without blocking — so a sender that trickles it a
 * byte every few seconds holds a connection, never a thread — and must arrive whole within the body
 * deadline ({@code qventory.http.body-deadline}): past it the connection is closed and the address
 * charged a refusal. One address may have at most {@code qventory.http.open-bodies-per-address}
 * bodies arriving at once; more are answered 429 unread. A webhook request from an address over its
 * refusal limit is answered 429 unread too.
 *
 * <p>What was read is handed back to the request, so the application reads it as usual, and only
 * then does the request reach a worker thread. A body larger than {@code bufferLimit} is handed on
 * after that many bytes and its rest read by the application — still within the deadline.
 */
final class BodyGuard implements HttpHandler {

  private static final Logger LOG = Logger.getLogger(BodyGuard.class.getName());

  /** The bytes read here, for a handler after this one to look at before the application does. */
  private static final AttachmentKey<List<PooledByteBuffer>> READ =
      AttachmentKey.create(List.class);

  private final HttpHandler next;
  private final Supplier<Edge> edge;

  BodyGuard(HttpHandler next, Supplier<Edge> edge) {
    this.next = next;
    this.edge = edge;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    Edge current = edge.get();
    if (current == null) {
      next.handleRequest(exchange); // the application is still starting
      return;
    }
    String address = ClientAddress.of(exchange);
    Instant now = current.clock().instant();
    Optional<Webhooks.Webhook> webhook = Webhooks.of(exchange);
    if (webhook.isPresent()) {
      Optional<Instant> until = current.webhookRefusingUntil(address, now);
      if (until.isPresent()) {
        long seconds = Math.max(1, Duration.between(now, until.get()).toSeconds());
        Answers.unread(
            exchange,
            429,
            seconds,
            webhook.get(),
            "Too many refused requests from this address; retry after " + seconds + " s");
        return;
      }
    }
    if (!current.openBodies().open(address)) {
      current.refused(
          RefusalReason.TOO_MANY_OPEN_BODIES,
          "More than "
              + current.settings().openBodiesPerAddress()
              + " request bodies arriving at once from this address ("
              + LogText.safe(exchange.getRelativePath())
              + ")",
          address,
          now);
      Answers.unread(
          exchange,
          429,
          1,
          webhook.orElse(null),
          "Too many requests from this address are still sending their bodies; retry later");
      return;
    }
    new Arrival(exchange, current, address).start();
  }

  /**
   * A copy of the body read so far, for a handler between this one and the application; empty when
   * none was read here or it is larger than {@code max}.
   */
  static Optional<byte[]> peek(HttpServerExchange exchange, int max) {
    List<PooledByteBuffer> read = exchange.getAttachment(READ);
    if (read == null) {
      return Optional.empty();
    }
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    for (PooledByteBuffer buffer : read) {
      ByteBuffer view = buffer.getBuffer().duplicate();
      if (copy.size() + view.remaining() > max) {
        return Optional.empty();
      }
      byte[] bytes = new byte[view.remaining()];
      view.get(bytes);
      copy.writeBytes(bytes);
    }
    return Optional.of(copy.toByteArray());
  }

  /** One request's body arriving. */
  private final class Arrival {
    private final HttpServerExchange exchange;
    private final Edge edge;
    private final String address;
    private final List<PooledByteBuffer> read = new ArrayList<>();
    private final AtomicBoolean released = new AtomicBoolean();
    private PooledByteBuffer filling;
    private long bytes;
    private volatile boolean whole;
    private volatile boolean handedOn;
    private XnioExecutor.Key deadline;

    Arrival(HttpServerExchange exchange, Edge edge, String address) {
      this.exchange = exchange;
      this.edge = edge;
      this.address = address;
    }

    void start() throws Exception {
      deadline =
          exchange
              .getIoThread()
              .executeAfter(
                  this::deadlinePassed,
                  edge.settings().bodyDeadline().toMillis(),
                  TimeUnit.MILLISECONDS);
      exchange.addExchangeCompleteListener(
          (done, nextListener) -> {
            ended();
            nextListener.proceed();
          });
      StreamSourceChannel channel = exchange.getRequestChannel();
      if (channel == null) {
        ended();
        next.handleRequest(exchange);
        return;
      }
      boolean ready;
      try {
        ready = readWhatIsThere(channel);
      } catch (IOException e) {
        gone(e);
        return;
      }
      if (ready) {
        handOver();
        try {
          next.handleRequest(exchange);
        } finally {
          exchange.removeAttachment(READ); // the application owns those buffers from now on
        }
        return;
      }
      channel
          .getReadSetter()
          .set(
              ready2 -> {
                try {
                  if (readWhatIsThere(ready2)) {
                    ready2.getReadSetter().set(null);
                    ready2.suspendReads();
                    handOver();
                    Connectors.executeRootHandler(next, exchange);
                    exchange.removeAttachment(READ);
                  }
                } catch (IOException e) {
                  gone(e);
                }
              });
      channel.resumeReads();
    }

    /** Reads what the connection has now; true once the body is whole or the buffer limit hit. */
    private boolean readWhatIsThere(StreamSourceChannel channel) throws IOException {
      while (true) {
        if (filling == null) {
          filling = exchange.getConnection().getByteBufferPool().allocate();
        }
        ByteBuffer buffer = filling.getBuffer();
        int count = channel.read(buffer);
        if (count == -1) {
          whole = true;
          keepFilling();
          return true;
        }
        if (count == 0) {
          return false;
        }
        bytes += count;
        if (!buffer.hasRemaining()) {
          keepFilling();
          if (bytes >= edge.settings().bufferLimit()) {
            return true;
          }
        }
      }
    }

    private void keepFilling() {
      if (filling == null) {
        return;
      }
      ByteBuffer buffer = filling.getBuffer();
      if (buffer.position() == 0) {
        filling.close();
      } else {
        buffer.flip();
        read.add(filling);
      }
      filling = null;
    }

    /** Gives what was read back to the request, for the handlers after this one to read. */
    private void handOver() {
      if (whole) {
        deadline.remove(); // nothing more to arrive
        release();
      }
      if (!read.isEmpty()) {
        exchange.putAttachment(READ, read);
        Connectors.ungetRequestBytes(exchange, read.toArray(PooledByteBuffer[]::new));
      }
      Connectors.resetRequestChannel(exchange); // the application gets the channel again
      handedOn = true;
    }

    /** The deadline passed: unless every byte has arrived, the sender is cut off. */
    private void deadlinePassed() {
      if (whole || exchange.isComplete() || (handedOn && exchange.isRequestComplete())) {
        return;
      }
      Instant now = edge.clock().instant();
      edge.refused(
          RefusalReason.BODY_TIMEOUT,
          "The body of "
              + LogText.safe(exchange.getRequestMethod() + " " + exchange.getRelativePath())
              + " did not arrive within "
              + edge.settings().bodyDeadline()
              + " ("
              + bytes
              + " bytes by then)",
          address,
          now);
      LOG.fine(() -> "[HTTP] Cut off a body trickling in from " + address);
      IoUtils.safeClose(exchange.getConnection());
      ended();
    }

    private void gone(IOException e) {
      LOG.fine(() -> "[HTTP] A body from " + address + " broke off: " + e);
      IoUtils.safeClose(exchange.getConnection());
      ended();
    }

    /** The exchange is over (answered, cut off, or broken): nothing of ours stays behind. */
    private void ended() {
      if (deadline != null) {
        deadline.remove();
      }
      release();
      if (!handedOn) {
        read.forEach(PooledByteBuffer::close);
        read.clear();
        if (filling != null) {
          filling.close();
          filling = null;
        }
      }
    }

    private void release() {
      if (released.compareAndSet(false, true)) {
        edge.openBodies().close(address);
      }
    }
  }

  /** Answers written here, before the application sees the request. */
  static final class Answers {
    private Answers() {}

    /**
     * Answers without reading the body; the connection is closed after the answer, so the body is
     * never drained.
     */
    static void unread(
        HttpServerExchange exchange,
        int status,
        long retryAfterSeconds,
        Webhooks.Webhook webhook,
        String message) {
      exchange.setPersistent(false);
      exchange.setStatusCode(status);
      exchange.getResponseHeaders().put(Headers.RETRY_AFTER, Long.toString(retryAfterSeconds));
      if (webhook == null) {
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=UTF-8");
        exchange.getResponseSender().send(message + "\n");
      } else {
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, webhook.contentType());
        exchange.getResponseSender().send(webhook.problem(status, message));
      }
    }
  }
}
