package org.publiccredit.graphql.limits;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.introspection.IntrospectionDisabledError;
import graphql.parser.ParserOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.publiccredit.graphql.security.Caller;
import org.publiccredit.graphql.security.Scopes;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Bounds the query text before it is parsed (its length here, its tokens through graphql-java's
 * per-request parser options) and gives the parser's own refusals a code. For callers without
 * {@code graphql:introspect} it also strips field suggestions ("Did you mean ...?") from error
 * messages: graphql-java 25 makes none, but a suggestion would leak field names that introspection
 * hides, so this holds should a later version start to.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DocumentLimits implements WebGraphQlInterceptor {

  static final String INVALID_SYNTAX = "INVALID_SYNTAX";
  static final String INTROSPECTION_DISABLED = "INTROSPECTION_DISABLED";
  private static final Pattern TOO_MANY_TOKENS = Pattern.compile("' tokens have been presented");
  private static final Pattern SUGGESTION = Pattern.compile("\\s*Did you mean[^?]*\\?");

  private final RequestLimits limits;
  private final ParserOptions parserOptions;

  DocumentLimits(RequestLimits limits) {
    this.limits = limits;
    this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(options -> options
        .maxTokens(limits.maxTokens())
        .maxCharacters(limits.maxDocumentCharacters()));
  }

  @Override
  public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
    int length = request.getDocument().length();
    if (length > limits.maxDocumentCharacters()) {
      GraphQLError error = LimitErrors.error(LimitErrors.MAX_DOCUMENT_SIZE, "document size (characters)",
          limits.maxDocumentCharacters(), length);
      return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(),
          ExecutionResult.newExecutionResult().addError(error).build())));
    }
    request.configureExecutionInput((input, builder) ->
        builder.graphQLContext(context -> context.put(ParserOptions.class, parserOptions)).build());
    boolean mayIntrospect = Caller.of(SecurityContextHolder.getContext().getAuthentication())
        .has(Scopes.GRAPHQL_INTROSPECT);
    return chain.next(request).map(response -> response.getExecutionResult().getErrors().stream()
        .anyMatch(e -> e.getErrorType() == ErrorType.InvalidSyntax || e instanceof IntrospectionDisabledError
            || !mayIntrospect && hasSuggestion(e))
        ? response.transform(builder -> builder.errors(rewrite(response.getExecutionResult().getErrors(), mayIntrospect)))
        : response);
  }

  private List<GraphQLError> rewrite(List<GraphQLError> errors, boolean mayIntrospect) {
    List<GraphQLError> rewritten = new ArrayList<>(errors.size());
    for (GraphQLError error : errors) {
      String message = mayIntrospect ? error.getMessage() : SUGGESTION.matcher(error.getMessage()).replaceAll("");
      Map<String, Object> extensions = new HashMap<>(error.getExtensions() == null ? Map.of() : error.getExtensions());
      if (error instanceof IntrospectionDisabledError) {
        extensions.put("code", INTROSPECTION_DISABLED);
        extensions.put("scope", Scopes.GRAPHQL_INTROSPECT);
      } else if (error.getErrorType() == ErrorType.InvalidSyntax) {
        boolean tooLong = TOO_MANY_TOKENS.matcher(error.getMessage()).find();
        extensions.put("code", tooLong ? LimitErrors.MAX_TOKENS : INVALID_SYNTAX);
        if (tooLong) {
          extensions.put("limit", limits.maxTokens());
        }
      }
      rewritten.add(GraphqlErrorBuilder.newError().message(message).errorType(error.getErrorType())
          .locations(error.getLocations()).path(error.getPath()).extensions(extensions).build());
    }
    return rewritten;
  }

  private static boolean hasSuggestion(GraphQLError error) {
    return error.getMessage() != null && error.getMessage().contains("Did you mean");
  }
}
