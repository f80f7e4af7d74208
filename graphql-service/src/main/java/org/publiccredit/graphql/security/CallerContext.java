package org.publiccredit.graphql.security;

import graphql.GraphQLContext;
import graphql.introspection.Introspection;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts the caller into the GraphQL context once per request, where the scope guard, the limits
 * and the features find it on whatever thread a data fetcher runs. Introspection is switched off
 * for the request unless the caller holds {@code graphql:introspect} (graphql-java answers
 * {@code __schema} and {@code __type} with an error then; {@code __typename} stays).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CallerContext implements WebGraphQlInterceptor {

  /** The caller of the request in the GraphQL context; an anonymous caller has no scopes. */
  public static Caller caller(GraphQLContext context) {
    Caller caller = context.get(Caller.class);
    return caller == null ? Caller.of(null) : caller;
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    Caller caller = Caller.of(SecurityContextHolder.getContext().getAuthentication());
    request.configureExecutionInput((input, builder) -> builder.graphQLContext(context -> {
      context.put(Caller.class, caller);
      context.put(Introspection.INTROSPECTION_DISABLED, !caller.has(Scopes.GRAPHQL_INTROSPECT));
    }).build());
    return chain.next(request);
  }
}
