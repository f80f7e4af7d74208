package org.publiccredit.graphql.security;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.StringValue;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every root field says which scope opens it, and names a scope the platform knows: enforcement
 * is default deny, so a missing or misspelt directive would close a field for everyone.
 */
class ScopeDirectivesTest {

  private static final Set<String> ROOT_TYPES = Set.of("Query", "Mutation", "Subscription");

  @Test
  void everyRootFieldCarriesAKnownScope() throws IOException {
    List<FieldDefinition> rootFields = rootFields();
    assertThat(rootFields).extracting(FieldDefinition::getName).contains("subject", "submitRecords", "rejectedRecords");

    List<String> withoutDirective = new ArrayList<>();
    List<String> unknownScope = new ArrayList<>();
    for (FieldDefinition field : rootFields) {
      List<Directive> directives = field.getDirectives(RequiredScopes.DIRECTIVE);
      if (directives.size() != 1) {
        withoutDirective.add(field.getName());
        continue;
      }
      Argument scope = directives.getFirst().getArgument("scope");
      if (scope == null || !(scope.getValue() instanceof StringValue value) || !Scopes.ALL.contains(value.getValue())) {
        unknownScope.add(field.getName());
      }
    }
    assertThat(withoutDirective).as("root fields without exactly one @requiresScope").isEmpty();
    assertThat(unknownScope).as("root fields whose scope is not in Scopes.ALL").isEmpty();
  }

  /** The guard recognises root types by these names: a renamed root type would go unguarded. */
  @Test
  void rootTypesHaveTheirDefaultNames() throws IOException {
    registry().schemaDefinition().ifPresent(schema -> schema.getOperationTypeDefinitions().forEach(operation ->
        assertThat(operation.getTypeName().getName()).isIn(ROOT_TYPES)));
  }

  @Test
  void scopesAreWellFormed() {
    assertThat(Scopes.ALL).allMatch(s -> s.matches("[a-z][a-z-]*:[a-z][a-z-]*"));
  }

  static TypeDefinitionRegistry registry() throws IOException {
    Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/**/*.graphqls");
    TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
    for (Resource file : files) {
      try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
        registry.merge(new SchemaParser().parse(reader));
      }
    }
    return registry;
  }

  static List<FieldDefinition> rootFields() throws IOException {
    TypeDefinitionRegistry registry = registry();
    Stream<ObjectTypeDefinition> types = Stream.concat(
        registry.objectTypeExtensions().values().stream().flatMap(List::stream),
        registry.types().values().stream().filter(ObjectTypeDefinition.class::isInstance).map(ObjectTypeDefinition.class::cast));
    return types.filter(t -> ROOT_TYPES.contains(t.getName()))
        .flatMap(t -> t.getFieldDefinitions().stream())
        .toList();
  }
}
