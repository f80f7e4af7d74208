package org.publiccredit.gateway.call;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.publiccredit.gateway.auth.AuthenticatedClient;
import org.publiccredit.gateway.error.Problem;
import org.publiccredit.gateway.error.ProblemWriter;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Measures every call from the outside, refusals included, and tells the listeners how it
 * ended. Errors are turned into their problem here rather than further out, so that the status
 * recorded is the one the client gets.
 */
final class CallOutcomeFilter implements WebFilter, Ordered {

  /** Right after the request id is assigned, before anything can refuse the call. */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1;
  private static final String REQUEST_ID = "X-Request-Id";
  private static final Logger log = LoggerFactory.getLogger(CallOutcomeFilter.class);

  private final List<CallOutcomeListener> listeners;
  private final WebExceptionHandler problems;
  private final Clock clock;

  CallOutcomeFilter(List<CallOutcomeListener> listeners, WebExceptionHandler problems,
      Clock clock) {
    this.listeners = List.copyOf(listeners);
    this.problems = problems;
    this.clock = clock;
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    Instant received = clock.instant();
    long start = System.nanoTime();
    AtomicLong in = new AtomicLong();
    AtomicLong out = new AtomicLong();
    ServerWebExchange counted = exchange.mutate()
        .request(new ServerHttpRequestDecorator(exchange.getRequest()) {
          @Override
          public Flux<DataBuffer> getBody() {
            return super.getBody().doOnNext(b -> in.addAndGet(b.readableByteCount()));
          }
        })
        .response(new ServerHttpResponseDecorator(exchange.getResponse()) {
          @Override
          public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            return super.writeWith(Flux.from(body)
                .doOnNext(b -> out.addAndGet(b.readableByteCount())));
          }

          @Override
          public Mono<Void> writeAndFlushWith(
              Publisher<? extends Publisher<? extends DataBuffer>> body) {
            return super.writeAndFlushWith(Flux.from(body).map(part -> Flux.from(part)
                .doOnNext(b -> out.addAndGet(b.readableByteCount()))));
          }
        })
        .build();
    return chain.filter(counted)
        .onErrorResume(error -> problems.handle(counted, error))
        .doFinally(signal -> publish(new CallOutcome(
            requestId(exchange),
            received,
            GatewayExchangeAttributes.client(exchange).orElse(null),
            AuthenticatedClient.claimedId(exchange).orElse(null),
            GatewayExchangeAttributes.operation(exchange).orElse(null),
            status(exchange),
            ProblemWriter.written(exchange).map(Problem::reason).orElse(null),
            Duration.ofNanos(System.nanoTime() - start),
            in.get(),
            out.get(),
            GatewayExchangeAttributes.subjects(exchange),
            GatewayExchangeAttributes.errorCodes(exchange),
            GatewayExchangeAttributes.purpose(exchange).orElse(null))));
  }

  /** The id RequestIdFilter put on the response before anything else ran. */
  private static String requestId(ServerWebExchange exchange) {
    String id = exchange.getResponse().getHeaders().getFirst(REQUEST_ID);
    return id == null ? "-" : id;
  }

  private static int status(ServerWebExchange exchange) {
    HttpStatusCode status = exchange.getResponse().getStatusCode();
    return status == null ? 200 : status.value();
  }

  private void publish(CallOutcome outcome) {
    for (CallOutcomeListener listener : listeners) {
      try {
        listener.onCall(outcome);
      } catch (RuntimeException e) {
        log.error("Call outcome listener {} failed for request {}",
            listener.getClass().getName(), outcome.requestId(), e);
      }
    }
  }
}
