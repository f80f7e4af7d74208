package org.publiccredit.graphql.limits;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds the GraphQL requests the service works on at once (Resilience4j semaphore bulkhead
 * {@value #BULKHEAD}, sized in application.yml). Requests run on virtual threads, so nothing else
 * bounds them: under an open-loop overload the service once held hundreds of dual-checks in flight
 * until its heap ran out. Past the limit, after a short wait for a permit, the caller gets 503
 * {@code application/problem+json} with {@code Retry-After} and loses nothing: no work was started.
 * Runs before authentication, so a refusal costs as little as possible.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class InFlightLimit extends OncePerRequestFilter {

  static final String BULKHEAD = "graphqlRequests";
  private static final Logger log = LoggerFactory.getLogger(InFlightLimit.class);
  private static final String PATH = "/graphql";
  private static final byte[] BUSY = """
      {"type":"urn:publiccredit:problem:service-busy","title":"Service Unavailable","status":503,\
      "detail":"The service is working on as many requests as it may; retry after the seconds in Retry-After.",\
      "reason":"service-busy"}""".getBytes(StandardCharsets.UTF_8);

  private final Bulkhead bulkhead;

  InFlightLimit(BulkheadRegistry registry) {
    this.bulkhead = registry.bulkhead(BULKHEAD);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !PATH.equals(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!bulkhead.tryAcquirePermission()) {
      log.debug("GraphQL request refused: {} requests in flight", bulkhead.getBulkheadConfig().getMaxConcurrentCalls());
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", "1");
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.getOutputStream().write(BUSY);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      bulkhead.onComplete();
    }
  }
}
