package org.publiccredit.graphql.security;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Enforces {@code @requiresScope} on every root field of Query, Mutation and Subscription by
 * decorating its data fetcher, default deny: a root field without the directive is refused to
 * everyone, so a field someone forgot to protect is closed, not open. Fields below the root are
 * not decorated: what a root field returns is already the caller's to see (finer rules, such as
 * masking without {@code pii:read}, live with the features).
 */
final class RequiredScopes extends GraphQLTypeVisitorStub {

  static final String DIRECTIVE = "requiresScope";
  private static final Set<String> ROOT_TYPES = Set.of("Query", "Mutation", "Subscription");

  @Override
  public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
      TraverserContext<GraphQLSchemaElement> context) {
    if (context.getParentNode() instanceof GraphQLFieldsContainer parent && ROOT_TYPES.contains(parent.getName())) {
      GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
      FieldCoordinates coordinates = FieldCoordinates.coordinates(parent.getName(), field.getName());
      DataFetcher<?> delegate = registry.getDataFetcher(coordinates, field);
      registry.dataFetcher(coordinates, new Guard(scopeOf(field), delegate));
    }
    return TraversalControl.CONTINUE;
  }

  /** The directive's scope, or null when the field has none (and so is closed). */
  static @Nullable String scopeOf(GraphQLFieldDefinition field) {
    GraphQLAppliedDirective directive = field.getAppliedDirective(DIRECTIVE);
    if (directive == null) {
      return null;
    }
    GraphQLAppliedDirectiveArgument argument = directive.getArgument("scope");
    return argument == null ? null : argument.getValue();
  }

  /** Checks the caller before the field's own data fetcher runs. */
  record Guard(@Nullable String scope, DataFetcher<?> delegate) implements DataFetcher<Object> {

    @Override
    public @Nullable Object get(DataFetchingEnvironment env) throws Exception {
      if (scope == null) {
        throw new AccessDeniedException("No scope opens this field.");
      }
      CallerContext.caller(env.getGraphQlContext()).require(scope);
      return delegate.get(env);
    }
  }
}
