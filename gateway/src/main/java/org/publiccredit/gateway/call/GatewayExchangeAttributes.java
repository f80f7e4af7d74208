package org.publiccredit.gateway.call;

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
}
