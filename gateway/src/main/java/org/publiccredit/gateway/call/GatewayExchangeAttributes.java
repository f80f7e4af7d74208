package org.publiccredit.gateway.call;

import java.util.List;
import java.util.Optional;
import org.publiccredit.gateway.auth.AuthenticatedClient;
import org.springframework.web.server.ServerWebExchange;

/**
 * What the stages of the gateway learnt about a call, kept on the exchange: the verified client
 * (once authenticated) and the GraphQL operation (once read). Every mutated copy of an exchange
 * shares one attribute map, so whatever runs outside the security filter can still read them.
 */
public final class GatewayExchangeAttributes {

  private static final String PREFIX = GatewayExchangeAttributes.class.getName() + ".";
  private static final String CLIENT = PREFIX + "client";
  private static final String OPERATION = PREFIX + "operation";
  private static final String SUBJECTS = PREFIX + "subjects";
  private static final String ERROR_CODES = PREFIX + "errorCodes";
  private static final String PURPOSE = PREFIX + "purpose";

  private GatewayExchangeAttributes() {}

  public static void putClient(ServerWebExchange exchange, AuthenticatedClient client) {
    exchange.getAttributes().put(CLIENT, client);
  }

  public static Optional<AuthenticatedClient> client(ServerWebExchange exchange) {
    return Optional.ofNullable(exchange.getAttribute(CLIENT));
  }

  public static void putOperation(ServerWebExchange exchange, GraphqlOperation operation) {
    exchange.getAttributes().put(OPERATION, operation);
  }

  public static Optional<GraphqlOperation> operation(ServerWebExchange exchange) {
    return Optional.ofNullable(exchange.getAttribute(OPERATION));
  }

  /** The subject keys the GraphQL service reported the call touched. */
  public static void putSubjects(ServerWebExchange exchange, List<String> subjects) {
    exchange.getAttributes().put(SUBJECTS, List.copyOf(subjects));
  }

  public static List<String> subjects(ServerWebExchange exchange) {
    List<String> subjects = exchange.getAttribute(SUBJECTS);
    return subjects == null ? List.of() : subjects;
  }

  /** The error codes the GraphQL service reported for the call. */
  public static void putErrorCodes(ServerWebExchange exchange, List<String> codes) {
    exchange.getAttributes().put(ERROR_CODES, List.copyOf(codes));
  }

  public static List<String> errorCodes(ServerWebExchange exchange) {
    List<String> codes = exchange.getAttribute(ERROR_CODES);
    return codes == null ? List.of() : codes;
  }

  /** The purpose the caller declared, as the GraphQL service reported it. */
  public static void putPurpose(ServerWebExchange exchange, String purpose) {
    exchange.getAttributes().put(PURPOSE, purpose);
  }

  public static Optional<String> purpose(ServerWebExchange exchange) {
    return Optional.ofNullable(exchange.getAttribute(PURPOSE));
  }
}
