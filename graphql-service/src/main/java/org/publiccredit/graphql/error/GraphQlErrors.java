package org.publiccredit.graphql.error;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * The one place exceptions become GraphQL errors, classified by {@link ErrorType}. Anything not
 * expected is INTERNAL_ERROR with a generic message and the request id: its message and stack
 * trace go to the log only.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

  private static final Logger log = LoggerFactory.getLogger(GraphQlErrors.class);

  @Override
  protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
    GraphqlErrorBuilder<?> error = GraphqlErrorBuilder.newError(env);
    return switch (ex) {
      case InvalidArgumentException e -> error.errorType(ErrorType.BAD_REQUEST).message(e.getMessage())
          .extensions(Map.of("argument", e.argument(), "reason", e.reason())).build();
      case NotFoundException e -> error.errorType(ErrorType.NOT_FOUND).message(e.getMessage()).build();
      case MissingScopeException e -> error.errorType(ErrorType.FORBIDDEN).message(e.getMessage())
          // "requiredScope" is the name of the first release, kept for clients that read it.
          .extensions(Map.of("scope", e.scope(), "requiredScope", e.scope())).build();
      case AccessDeniedException e -> error.errorType(ErrorType.FORBIDDEN).message("Access denied.").build();
      case AuthenticationException e -> error.errorType(ErrorType.UNAUTHORIZED).message("Unauthorized.").build();
      default -> internalError(ex, env, error);
    };
  }

  private static GraphQLError internalError(Throwable ex, DataFetchingEnvironment env, GraphqlErrorBuilder<?> error) {
    String requestId = env.getGraphQlContext().getOrDefault(RequestIds.CONTEXT_KEY, "unknown");
    log.error("Internal error in {} (request id {})", env.getExecutionStepInfo().getPath(), requestId, ex);
    return error.errorType(ErrorType.INTERNAL_ERROR)
        .message("Internal error. Quote request id " + requestId + " when reporting it.")
        .extensions(Map.of("requestId", requestId))
        .build();
  }
}
