package com.qventory.sync.interfaces.webhook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a webhook request's body, never holding more than a limit. */
public final class BoundedBody {

  private BoundedBody() {}

  /** The body, or null as soon as it is longer than {@code limit}: never more is held. */
  public static byte[] readAtMost(InputStream in, int limit) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream(Math.min(limit, 16 * 1024));
    byte[] buffer = new byte[8192];
    int total = 0;
    for (int read; (read = in.read(buffer)) != -1; ) {
      total += read;
      if (total > limit) {
        return null;
      }
      body.write(buffer, 0, read);
    }
    return body.toByteArray();
  }
}
