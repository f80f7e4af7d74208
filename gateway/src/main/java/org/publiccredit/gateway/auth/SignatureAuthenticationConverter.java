package org.publiccredit.gateway.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.publiccredit.gateway.auth.signature.HttpMessageSignatures;
import org.publiccredit.gateway.auth.signature.ParsedSignature;
import org.publiccredit.gateway.auth.signature.SignatureException;
import org.publiccredit.gateway.auth.signature.SignedMessage;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Reads a request's signature headers and body into a {@link SignedRequestToken}. The target
 * URI is the request's as Spring reconstructs it: X-Forwarded-* and Forwarded count only when
 * {@code server.forward-headers-strategy} says the gateway sits behind a trusted proxy.
 */
final class SignatureAuthenticationConverter implements ServerAuthenticationConverter {

  /**
   * The gateway's routes, as their predicates match (routing.RoutingConfiguration: any method on
   * /graphql; routing.ReportDocumentRoute: GET /credit-reports/{file}). Only there is the nonce
   * left for the rate limiter (decision 64): every stage of a routed call either passes the rate
   * limiter or claims the nonce alone before answering. Anywhere else it is claimed at once.
   */
  private static final PathPattern GRAPHQL = PathPatternParser.defaultInstance.parse("/graphql");
  private static final PathPattern REPORT =
      PathPatternParser.defaultInstance.parse("/credit-reports/{file}");

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
        return new SignedRequestToken(message, signature, routed(exchange.getRequest()));
      } catch (SignatureException e) {
        throw Rejections.of(e, "-");
      }
    });
  }

  static boolean routed(ServerHttpRequest request) {
    var path = request.getPath().pathWithinApplication();
    return GRAPHQL.matches(path)
        || (request.getMethod() == HttpMethod.GET && REPORT.matches(path));
  }

  static SignedMessage message(ServerWebExchange exchange) {
    ServerHttpRequest request = exchange.getRequest();
    Map<String, List<String>> headers = new LinkedHashMap<>();
    request.getHeaders().forEach(headers::put);
    return new SignedMessage(request.getMethod().name(), request.getURI(), headers, CachedBody.bytes(exchange));
  }
}
