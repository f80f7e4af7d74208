package org.publiccredit.graphql.execution;

import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.List;

/**
 * The fields a field's sub-selection asks for, collected with graphql-java's {@code FieldCollector}
 * as execution collects them a moment later (fragments, inline fragments, {@code @skip} and
 * {@code @include} with the request's variables, aliases merged by response key). Not
 * {@code DataFetchingFieldSelectionSet}: to answer, it builds the executable normalized operation of
 * the whole request, the largest allocation of a profile request (decisions 63 and 74).
 * {@code FieldCollector} is marked internal by graphql-java; {@code ProfileQueryIT} and
 * {@code TaxRatingIT} pin what it gives.
 */
public final class SubFields {

  private static final FieldCollector FIELDS = new FieldCollector();

  private SubFields() {}

  /** The sub-fields of the field being fetched; its type (unwrapped) must be an object type. */
  public static List<MergedField> of(DataFetchingEnvironment env) {
    return of(env, objectType(env.getFieldType()), env.getMergedField());
  }

  /** The sub-fields of {@code field}, a field whose (unwrapped) type is the object type {@code type}. */
  public static List<MergedField> of(DataFetchingEnvironment env, GraphQLObjectType type, MergedField field) {
    FieldCollectorParameters parameters = FieldCollectorParameters.newParameters()
        .schema(env.getGraphQLSchema())
        .objectType(type)
        .fragments(env.getFragmentsByName())
        .variables(env.getVariables())
        .graphQLContext(env.getGraphQlContext())
        .build();
    return FIELDS.collectFields(parameters, field).getSubFieldsList();
  }

  /** Whether the field being fetched asks for its sub-field {@code name} (under any alias). */
  public static boolean asks(DataFetchingEnvironment env, String name) {
    return of(env).stream().anyMatch(field -> field.getName().equals(name));
  }

  /** The object type of a field's type, unwrapped of lists and non-null. */
  public static GraphQLObjectType objectType(GraphQLType type) {
    return (GraphQLObjectType) GraphQLTypeUtil.unwrapAll(type);
  }
}
