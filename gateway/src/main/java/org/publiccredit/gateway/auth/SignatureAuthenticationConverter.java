package org.publiccredit.gateway.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.publiccredit.gateway.auth.signature.HttpMessageSignatures;
import org.publiccredit.gateway.auth.signature.ParsedSignature;
import org.publiccredit.gateway.auth.signature.SignatureException;
import org.publiccredit.gateway.auth.signature.SignedMessage;
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
    return new SignedMessage(request.getMethod().name(), request.getURI(), headers, CachedBody.bytes(exchange));
  }
}
