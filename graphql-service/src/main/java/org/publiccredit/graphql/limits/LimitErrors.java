package org.publiccredit.graphql.limits;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.execution.ErrorType;

/** The one shape of a limit violation: BAD_REQUEST with the code, the limit and what was asked. */
final class LimitErrors {

  static final String MAX_DEPTH = "MAX_DEPTH_EXCEEDED";
  static final String MAX_COMPLEXITY = "MAX_COMPLEXITY_EXCEEDED";
  static final String MAX_ALIASES = "MAX_ALIASES_EXCEEDED";
  static final String MAX_ROOT_FIELDS = "MAX_ROOT_FIELDS_EXCEEDED";
  static final String MAX_DOCUMENT_SIZE = "MAX_DOCUMENT_SIZE_EXCEEDED";
  static final String MAX_TOKENS = "MAX_TOKENS_EXCEEDED";

  private LimitErrors() {}

  static GraphQLError error(String code, String what, int limit, int actual) {
    return GraphqlErrorBuilder.newError()
        .errorType(ErrorType.BAD_REQUEST)
        .message("The request exceeds the %s limit of %d (it has %d).".formatted(what, limit, actual))
        .extensions(Map.of("code", code, "limit", limit, "actual", actual))
        .build();
  }

  static AbortExecutionException abort(String code, String what, int limit, int actual) {
    return new AbortExecutionException(List.of(error(code, what, limit, actual)));
  }
}
