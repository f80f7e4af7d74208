package org.publiccredit.graphql.error;

import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Carries the gateway's {@code X-Request-Id} into the GraphQL context, so an internal error can
 * tell the client which id to quote and operators can find the matching log line.
 */
@Component
class RequestIds implements WebGraphQlInterceptor {

  static final String HEADER = "X-Request-Id";
  static final String CONTEXT_KEY = "requestId";
  /** Anything else is replaced: the id is echoed to clients and written to logs. */
  private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    String requestId = acceptable(request.getHeaders().getFirst(HEADER));
    request.configureExecutionInput((input, builder) ->
        builder.graphQLContext(context -> context.put(CONTEXT_KEY, requestId)).build());
    return chain.next(request);
  }

  static String acceptable(@Nullable String header) {
    return header != null && ACCEPTABLE.matcher(header).matches() ? header : UUID.randomUUID().toString();
  }
}
