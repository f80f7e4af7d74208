package org.publiccredit.gateway.auth;

import static org.publiccredit.gateway.auth.signature.SignatureFailure.MISSING_SIGNATURE;

import org.publiccredit.gateway.error.Problem;
import org.publiccredit.gateway.error.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Answers every refused request with problem+json and ends it there: nothing refused is
 * forwarded. Logs the client id and reason only, never the signature, headers or body.
 */
final class ProblemAuthenticationFailureHandler implements ServerAuthenticationFailureHandler,
    ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

  private static final Logger log =
      LoggerFactory.getLogger(ProblemAuthenticationFailureHandler.class);

  private final ProblemWriter problems;

  ProblemAuthenticationFailureHandler(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  public Mono<Void> onAuthenticationFailure(WebFilterExchange exchange,
      AuthenticationException failure) {
    return refuse(exchange.getExchange(), failure);
  }

  /** Reached when a request needing authentication carried no signature at all. */
  @Override
  public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
    return refuse(exchange, Rejections.of(MISSING_SIGNATURE,
        "Every request must be signed (RFC 9421 Signature-Input and Signature headers).", null,
        failure));
  }

  @Override
  public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
    log.warn("Refused request: forbidden");
    return problems.write(exchange, new Problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
        null));
  }

  private Mono<Void> refuse(ServerWebExchange exchange, AuthenticationException failure) {
    SignatureAuthenticationException rejection =
        failure instanceof SignatureAuthenticationException signatureFailure
            ? signatureFailure
            : Rejections.of(MISSING_SIGNATURE, "The request could not be authenticated.", null,
                failure);
    Problem problem = rejection.problem();
    if (problem.status() == HttpStatus.SERVICE_UNAVAILABLE) {
      log.warn("Refused request from client {}: {} ({})", rejection.clientId(), problem.reason(),
          rejection.getCause() == null ? "" : rejection.getCause().toString());
    } else {
      log.warn("Refused request from client {}: {}", rejection.clientId(), problem.reason());
    }
    return problems.write(exchange, problem);
  }
}
