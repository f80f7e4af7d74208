package org.publiccredit.graphql.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers every unauthenticated request with 401 {@code application/problem+json} (RFC 9457), in
 * the same shape as the gateway's refusals. The detail never says which check failed beyond
 * missing vs invalid: that would help someone probing for a forged token.
 */
final class ProblemEntryPoint implements AuthenticationEntryPoint {

  private static final Logger log = LoggerFactory.getLogger(ProblemEntryPoint.class);

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    boolean invalid = e instanceof InvalidBearerTokenException;
    String reason = invalid ? "invalid-identity-token" : "missing-identity-token";
    log.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), reason);
    String detail = invalid
        ? "The gateway identity token is not valid for this service."
        : "Requests must come through the gateway, which vouches for the caller with an identity token.";
    String body = """
        {"type":"urn:publiccredit:problem:%s","title":"Unauthorized","status":401,"detail":"%s","reason":"%s"}"""
        .formatted(reason, detail, reason);
    response.setStatus(HttpStatus.UNAUTHORIZED.value());
    response.setHeader("WWW-Authenticate", "Bearer");
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }
}
