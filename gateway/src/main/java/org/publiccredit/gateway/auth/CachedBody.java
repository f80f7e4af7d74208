package org.publiccredit.gateway.auth;

import java.nio.ByteBuffer;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.web.server.ServerWebExchange;

/**
 * The request body as {@link RequestBodyCachingFilter} cached it, as bytes: copied once per
 * request (the signature check and the GraphQL parser both read it), without moving the cached
 * buffer's read position, so the body is still forwarded whole.
 */
public final class CachedBody {

  private static final String BYTES_ATTR = CachedBody.class.getName() + ".bytes";

  private CachedBody() {
  }

  /** The body bytes; the copy is kept on the exchange, so later readers share it. */
  public static byte[] bytes(ServerWebExchange exchange) {
    byte[] copied = exchange.getAttribute(BYTES_ATTR);
    if (copied == null) {
      copied = copy(exchange.getAttribute(ServerWebExchangeUtils.CACHED_REQUEST_BODY_ATTR));
      exchange.getAttributes().put(BYTES_ATTR, copied);
    }
    return copied;
  }

  private static byte[] copy(@Nullable DataBuffer cached) {
    if (cached == null) {
      return new byte[0];
    }
    byte[] bytes = new byte[cached.readableByteCount()];
    int offset = 0;
    try (DataBuffer.ByteBufferIterator buffers = cached.readableByteBuffers()) {
      while (buffers.hasNext()) {
        ByteBuffer buffer = buffers.next();
        int length = buffer.remaining();
        buffer.get(bytes, offset, length);
        offset += length;
      }
    }
    return bytes;
  }
}
