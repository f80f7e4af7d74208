package org.publiccredit.gateway.call;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.publiccredit.gateway.auth.AuthenticatedClient;
import org.springframework.web.server.ServerWebExchange;

/**
 * What the stages of the gateway learnt about a call, kept on the exchange: the verified client
 * (once authenticated) and the GraphQL operation (once read). Every mutated copy of an exchange
 * shares one attribute map, so whatever runs outside the security filter can still read them.
 *
 * <p>All of it is one attribute, a {@link Call} holder, rather than one attribute per value: the
 * exchange's attribute map is a {@code ConcurrentHashMap} of default size that Spring, Spring
 * Cloud Gateway and Security already fill past its first resize, and each further entry is a put
 * (and, past the next threshold, a rehash) on every call.
 */
public final class GatewayExchangeAttributes {

  private static final String CALL = GatewayExchangeAttributes.class.getName() + ".call";

  private GatewayExchangeAttributes() {}

  public static void putClient(ServerWebExchange exchange, AuthenticatedClient client) {
    call(exchange).client = client;
  }

  public static Optional<AuthenticatedClient> client(ServerWebExchange exchange) {
    Call call = existing(exchange);
    return Optional.ofNullable(call == null ? null : call.client);
  }

  public static void putOperation(ServerWebExchange exchange, GraphqlOperation operation) {
    call(exchange).operation = operation;
  }

  public static Optional<GraphqlOperation> operation(ServerWebExchange exchange) {
    Call call = existing(exchange);
    return Optional.ofNullable(call == null ? null : call.operation);
  }

  /** The subject keys the GraphQL service reported the call touched. */
  public static void putSubjects(ServerWebExchange exchange, List<String> subjects) {
    call(exchange).subjects = List.copyOf(subjects);
  }

  public static List<String> subjects(ServerWebExchange exchange) {
    Call call = existing(exchange);
    return call == null ? List.of() : call.subjects;
  }

  /** The error codes the GraphQL service reported for the call. */
  public static void putErrorCodes(ServerWebExchange exchange, List<String> codes) {
    call(exchange).errorCodes = List.copyOf(codes);
  }

  public static List<String> errorCodes(ServerWebExchange exchange) {
    Call call = existing(exchange);
    return call == null ? List.of() : call.errorCodes;
  }

  /** The purpose the caller declared, as the GraphQL service reported it. */
  public static void putPurpose(ServerWebExchange exchange, String purpose) {
    call(exchange).purpose = purpose;
  }

  public static Optional<String> purpose(ServerWebExchange exchange) {
    Call call = existing(exchange);
    return Optional.ofNullable(call == null ? null : call.purpose);
  }

  private static @Nullable Call existing(ServerWebExchange exchange) {
    return exchange.getAttribute(CALL);
  }

  private static Call call(ServerWebExchange exchange) {
    return (Call) exchange.getAttributes().computeIfAbsent(CALL, name -> new Call());
  }

  /**
   * One call's values. A call's stages run one after another, possibly on different threads
   * (a Redis reply, the service's answer); volatile makes each write visible to the next stage
   * whatever thread it runs on.
   */
  private static final class Call {
    volatile @Nullable AuthenticatedClient client;
    volatile @Nullable GraphqlOperation operation;
    volatile List<String> subjects = List.of();
    volatile List<String> errorCodes = List.of();
    volatile @Nullable String purpose;
  }
}
