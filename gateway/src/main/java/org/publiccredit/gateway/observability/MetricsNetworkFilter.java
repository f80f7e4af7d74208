package org.publiccredit.gateway.observability;

import java.util.List;
import org.publiccredit.gateway.error.Problem;
import org.publiccredit.gateway.error.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.server.util.matcher.IpAddressServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Serves /actuator/prometheus to the metrics networks only. A scraper cannot sign requests, so
 * the scrape is exempt from signatures and restricted by source address instead; the figures
 * (client ids, call volumes) are not for the public. Runs before the signature check.
 */
final class MetricsNetworkFilter implements WebFilter, Ordered {

  static final String PATH = "/actuator/prometheus";
  /** After the body cache (-200), before Spring Security (-100). */
  static final int ORDER = -150;
  private static final Logger log = LoggerFactory.getLogger(MetricsNetworkFilter.class);

  private final List<IpAddressServerWebExchangeMatcher> networks;
  private final ProblemWriter problems;

  MetricsNetworkFilter(List<String> networks, ProblemWriter problems) {
    this.networks = networks.stream().map(IpAddressServerWebExchangeMatcher::new).toList();
    this.problems = problems;
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    String path = exchange.getRequest().getPath().pathWithinApplication().value();
    if (!path.startsWith(PATH)) {
      return chain.filter(exchange);
    }
    return Flux.fromIterable(networks)
        .concatMap(network -> network.matches(exchange))
        .any(MatchResult::isMatch)
        .flatMap(allowed -> allowed ? chain.filter(exchange) : refuse(exchange));
  }

  private Mono<Void> refuse(ServerWebExchange exchange) {
    log.warn("Refused a metrics scrape from outside the metrics networks");
    return problems.write(exchange, new Problem(HttpStatus.FORBIDDEN, "metrics-forbidden",
        "Metrics forbidden", "Metrics are served to the operator's monitoring network only."));
  }
}
