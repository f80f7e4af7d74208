package org.publiccredit.graphql.profile;

import graphql.execution.CoercedVariables;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.execution.ValuesResolver;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLTypeUtil;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pages of paged sections that a {@code profile} field asks for, read from its own sub-selection
 * with graphql-java's {@code FieldCollector} and {@code ValuesResolver}: the collection and argument
 * coercion execution itself applies to that sub-selection a moment later (fragments, {@code @skip}
 * and {@code @include}, aliases, variables, the schema's defaults). Not {@code DataFetchingFieldSelectionSet}:
 * it builds the executable normalized operation of the whole request to answer, the largest
 * allocation of a profile request (decision 63 built it anyway; the limits now remember their measure).
 * Both classes are marked internal by graphql-java; {@code ProfileQueryIT} pins what they give.
 */
final class ProfileSelection {

  private static final FieldCollector FIELDS = new FieldCollector();

  private ProfileSelection() {}

  /** The distinct pages of paged sections in the selection (aliases may ask for several of one section). */
  static List<ProfileConnections.PageKey> pagesAskedFor(DataFetchingEnvironment env) {
    GraphQLObjectType profileType = (GraphQLObjectType) GraphQLTypeUtil.unwrapAll(env.getFieldType());
    FieldCollectorParameters parameters = FieldCollectorParameters.newParameters()
        .schema(env.getGraphQLSchema())
        .objectType(profileType)
        .fragments(env.getFragmentsByName())
        .variables(env.getVariables())
        .graphQLContext(env.getGraphQlContext())
        .build();
    Set<ProfileConnections.PageKey> pages = new LinkedHashSet<>();
    for (MergedField field : FIELDS.collectFields(parameters, env.getMergedField()).getSubFieldsList()) {
      Section section = Section.ofField(field.getName());
      if (section != null && section.paged()) {
        GraphQLFieldDefinition definition = profileType.getFieldDefinition(field.getName());
        Map<String, Object> arguments = ValuesResolver.getArgumentValues(env.getGraphQLSchema().getCodeRegistry(),
            definition.getArguments(), field.getArguments(), CoercedVariables.of(env.getVariables()),
            env.getGraphQlContext(), env.getLocale());
        ProfileConnections.PageKey key = ProfileConnections.PageKey.of(section, arguments.get("first"),
            arguments.get("after"));
        if (key != null) {
          pages.add(key);
        }
      }
    }
    return List.copyOf(pages);
  }
}
