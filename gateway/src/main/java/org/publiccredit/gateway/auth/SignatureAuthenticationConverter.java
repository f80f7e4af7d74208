package org.publiccredit.gateway.auth;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.publiccredit.gateway.auth.signature.HttpMessageSignatures;
import org.publiccredit.gateway.auth.signature.ParsedSignature;
import org.publiccredit.gateway.auth.signature.SignatureException;
import org.publiccredit.gateway.auth.signature.SignedMessage;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Reads a request's signature headers and body into a {@link SignedRequestToken}. The target
 * URI is the request's as Spring reconstructs it: X-Forwarded-* and Forwarded count only when
 * {@code server.forward-headers-strategy} says the gateway sits behind a trusted proxy.
 */
final class SignatureAuthenticationConverter implements ServerAuthenticationConverter {

  private final HttpMessageSignatures signatures;

  SignatureAuthenticationConverter(HttpMessageSignatures signatures) {
    this.signatures = signatures;
  }

  @Override
  public Mono<Authentication> convert(ServerWebExchange exchange) {
    return Mono.fromCallable(() -> {
      SignedMessage message = message(exchange);
      try {
        ParsedSignature signature = signatures.parse(message);
        AuthenticatedClient.claim(exchange, signature.keyId());
        return new SignedRequestToken(message, signature);
      } catch (SignatureException e) {
        throw Rejections.of(e, "-");
      }
    });
  }

  static SignedMessage message(ServerWebExchange exchange) {
    ServerHttpRequest request = exchange.getRequest();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    request.getHeaders().forEach(headers::put);
    return new SignedMessage(request.getMethod().name(), request.getURI(), headers, body(exchange));
  }

  /** A copy of the cached body; reading through readableByteBuffers leaves it for forwarding. */
  private static byte[] body(ServerWebExchange exchange) {
    DataBuffer cached = exchange.getAttribute(ServerWebExchangeUtils.CACHED_REQUEST_BODY_ATTR);
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
