package org.publiccredit.gateway.error;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * An RFC 9457 problem the gateway answers with. The {@code reason} is the stable code clients
 * branch on; the {@code type} URI is derived from it.
 *
 * @param detail a human-readable explanation, safe to show the client; never internals
 */
public record Problem(HttpStatus status, String reason, String title, @Nullable String detail) {

  static final String TYPE_PREFIX = "urn:publiccredit:problem:";

  public String type() {
    return TYPE_PREFIX + reason;
  }
}
