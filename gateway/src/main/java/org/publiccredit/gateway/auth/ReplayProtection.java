package org.publiccredit.gateway.auth;

import static org.publiccredit.gateway.auth.signature.SignatureFailure.REPLAYED_NONCE;

import java.util.Optional;
import java.util.function.Supplier;
import org.publiccredit.gateway.error.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The nonce of a routed call, left pending by authentication (decision 64): the rate limiter
 * claims it in its own Redis script; a stage that answers before the rate limiter claims it
 * alone first, so that a replayed request is refused 401 {@code replayed-nonce} and, without
 * Redis, 503 {@code replay-protection-unavailable}, whatever else is wrong with it.
 */
public final class ReplayProtection {

  private static final String PENDING = ReplayProtection.class.getName() + ".pending";
  private static final Logger log = LoggerFactory.getLogger(ReplayProtection.class);

  private final NonceStore nonces;
  private final ProblemWriter problems;

  ReplayProtection(NonceStore nonces, ProblemWriter problems) {
    this.nonces = nonces;
    this.problems = problems;
  }

  static void defer(ServerWebExchange exchange, PendingNonce nonce) {
    exchange.getAttributes().put(PENDING, nonce);
  }

  /** The exchange's nonce while no one has claimed it. */
  public static Optional<PendingNonce> pending(ServerWebExchange exchange) {
    return Optional.ofNullable(exchange.getAttribute(PENDING));
  }

  /** The nonce was claimed (by the rate limiter's script): nothing is left to claim. */
  public static void claimed(ServerWebExchange exchange) {
    exchange.getAttributes().remove(PENDING);
  }

  /** Claims a pending nonce alone, then answers; refuses a replay or an unchecked nonce first. */
  public Mono<Void> claimThen(ServerWebExchange exchange, Supplier<Mono<Void>> answer) {
    PendingNonce nonce = pending(exchange).orElse(null);
    if (nonce == null) {
      return answer.get();
    }
    return Mono.defer(() -> nonces.claim(nonce))
        .onErrorResume(e -> refuseUnavailable(exchange, nonce, e).then(Mono.<Boolean>empty()))
        .flatMap(unused -> {
          claimed(exchange);
          return unused ? answer.get() : refuseReplayed(exchange, nonce);
        });
  }

  /** 401 replayed-nonce: the nonce was used before. */
  public Mono<Void> refuseReplayed(ServerWebExchange exchange, PendingNonce nonce) {
    log.warn("Refused request from client {}: {}", nonce.clientId(), REPLAYED_NONCE.reason());
    return problems.write(exchange, replayed(nonce.clientId()).problem());
  }

  /** 503 replay-protection-unavailable: Redis could not say whether the nonce was used. */
  public Mono<Void> refuseUnavailable(ServerWebExchange exchange, PendingNonce nonce,
      Throwable cause) {
    SignatureAuthenticationException rejection =
        Rejections.replayProtectionUnavailable(nonce.clientId(), cause);
    log.warn("Refused request from client {}: {} ({})", nonce.clientId(),
        rejection.problem().reason(), cause.toString());
    return problems.write(exchange, rejection.problem());
  }

  static SignatureAuthenticationException replayed(String clientId) {
    return Rejections.of(REPLAYED_NONCE,
        "This nonce was used before; sign every request with a fresh nonce.", clientId, null);
  }
}
