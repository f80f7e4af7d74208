package org.publiccredit.graphql.profile;

import graphql.execution.CoercedVariables;
import graphql.execution.MergedField;
import graphql.execution.ValuesResolver;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.publiccredit.graphql.execution.SubFields;
import org.publiccredit.graphql.search.ProfileQuery;

/**
 * What a {@code profile} field asks for, read from its own sub-selection ({@link SubFields}): the
 * pages of paged sections, their arguments coerced with graphql-java's {@code ValuesResolver}, and
 * which record fields that only show stored fields its records ask for. The collection and argument
 * coercion execution itself applies to that sub-selection a moment later (fragments, {@code @skip}
 * and {@code @include}, aliases, variables, the schema's defaults). {@code ValuesResolver} is marked
 * internal by graphql-java; {@code ProfileQueryIT} pins what it gives.
 */
final class ProfileSelection {

  private ProfileSelection() {}

  /**
   * What a profile field asks for.
   *
   * @param pages the distinct pages of paged sections (aliases may ask for several of one section)
   * @param shown the record fields of {@link ProfileQuery.Shown} any section's records ask for
   */
  record Asked(List<ProfileConnections.PageKey> pages, Set<ProfileQuery.Shown> shown) {}

  static Asked read(DataFetchingEnvironment env) {
    GraphQLObjectType profileType = SubFields.objectType(env.getFieldType());
    Set<ProfileConnections.PageKey> pages = new LinkedHashSet<>();
    Set<ProfileQuery.Shown> shown = EnumSet.noneOf(ProfileQuery.Shown.class);
    for (MergedField field : SubFields.of(env)) {
      Section section = Section.ofField(field.getName());
      if (section == null) {
        continue;
      }
      recordFieldsShown(env, typeOf(profileType, field), field, shown);
      if (section.paged()) {
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
    return new Asked(List.copyOf(pages), shown);
  }

  /** {@code <section> { edges { node { summary sourceDepartment authority { code } } } }}. */
  private static void recordFieldsShown(DataFetchingEnvironment env, GraphQLObjectType connection, MergedField section,
      Set<ProfileQuery.Shown> shown) {
    for (MergedField edges : SubFields.of(env, connection, section)) {
      if (!edges.getName().equals("edges")) {
        continue;
      }
      GraphQLObjectType edge = typeOf(connection, edges);
      for (MergedField node : SubFields.of(env, edge, edges)) {
        if (node.getName().equals("node")) {
          shownBy(env, typeOf(edge, node), node, shown);
        }
      }
    }
  }

  private static void shownBy(DataFetchingEnvironment env, GraphQLObjectType recordType, MergedField node,
      Set<ProfileQuery.Shown> shown) {
    for (MergedField field : SubFields.of(env, recordType, node)) {
      switch (field.getName()) {
        case "summary" -> shown.add(ProfileQuery.Shown.SUMMARY);
        case "sourceDepartment" -> shown.add(ProfileQuery.Shown.SOURCE_DEPARTMENT);
        case "authority" -> {
          if (SubFields.of(env, typeOf(recordType, field), field).stream().anyMatch(f -> f.getName().equals("code"))) {
            shown.add(ProfileQuery.Shown.AUTHORITY_CODE);
          }
        }
        default -> { }
      }
    }
  }

  /** The object type of {@code field}, a field of {@code parent}. */
  private static GraphQLObjectType typeOf(GraphQLObjectType parent, MergedField field) {
    return SubFields.objectType(parent.getFieldDefinition(field.getName()).getType());
  }
}
