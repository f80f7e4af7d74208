package org.publiccredit.gateway.auth;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.publiccredit.gateway.error.Problem;
import org.publiccredit.gateway.error.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads the whole request body into memory, bounded, before Spring Security runs: the digest
 * and signature are checked on the exact bytes received, and the same bytes are forwarded. The
 * bound counts bytes as they arrive, so a chunked body or a lying Content-Length cannot get past.
 */
final class RequestBodyCachingFilter implements WebFilter, Ordered {

  /** Before Spring Security's WebFilterChainProxy (order -100). */
  static final int ORDER = -200;

  private static final Logger log = LoggerFactory.getLogger(RequestBodyCachingFilter.class);

  private final long maxBytes;
  private final ProblemWriter problems;

  RequestBodyCachingFilter(long maxBytes, ProblemWriter problems) {
    this.maxBytes = maxBytes;
    this.problems = problems;
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  @Override
  public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
    if (exchange.getRequest().getHeaders().getContentLength() > maxBytes) {
      return tooLarge(exchange);
    }
    ServerWebExchange limited =
        exchange.mutate().request(new LimitedBodyRequest(exchange.getRequest(), maxBytes)).build();
    return ServerWebExchangeUtils
        .cacheRequestBody(limited, request -> Mono.just(Optional.of(request)))
        .onErrorResume(BodyTooLargeException.class, e -> Mono.just(Optional.empty()))
        // The cached request wraps the limited one: one exchange decorator over the original
        // rather than two, since every later attribute and request lookup walks through them.
        .flatMap(cached -> cached.isPresent()
            ? chain.filter(exchange.mutate().request(cached.get()).build())
            : tooLarge(exchange))
        // Requests refused before the gateway's own RemoveCachedBodyFilter runs would leak it.
        .doFinally(signal -> ServerWebExchangeUtils.clearCachedRequestBody(limited));
  }

  private Mono<Void> tooLarge(ServerWebExchange exchange) {
    log.warn("Refused a request body over {} bytes", maxBytes);
    return problems.write(exchange, new Problem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
        "Request body too large", "The gateway accepts request bodies of at most " + maxBytes
            + " bytes."));
  }

  /** Fails the body as soon as more than the limit has arrived, releasing what it refuses. */
  private static final class LimitedBodyRequest extends ServerHttpRequestDecorator {

    private final long maxBytes;

    LimitedBodyRequest(ServerHttpRequest delegate, long maxBytes) {
      super(delegate);
      this.maxBytes = maxBytes;
    }

    @Override
    public Flux<DataBuffer> getBody() {
      AtomicLong received = new AtomicLong();
      return super.getBody().handle((buffer, sink) -> {
        if (received.addAndGet(buffer.readableByteCount()) > maxBytes) {
          DataBufferUtils.release(buffer);
          sink.error(new BodyTooLargeException());
        } else {
          sink.next(buffer);
        }
      });
    }
  }

  private static final class BodyTooLargeException extends RuntimeException {

    BodyTooLargeException() {
      super("request body over the limit", null, false, false);
    }
  }
}
