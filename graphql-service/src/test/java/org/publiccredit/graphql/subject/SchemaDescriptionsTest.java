package org.publiccredit.graphql.subject;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.AbstractDescribedNode;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The SDL is the integrators' documentation: every type, field, argument and enum value is described. */
class SchemaDescriptionsTest {

  @Test
  void everythingIsDescribed() throws IOException {
    Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/**/*.graphqls");
    assertThat(files).isNotEmpty();
    TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
    for (Resource file : files) {
      try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
        registry.merge(new SchemaParser().parse(reader));
      }
    }
    List<String> undescribed = new ArrayList<>();
    registry.types().values().forEach(type -> {
      check(type.getName(), (AbstractDescribedNode<?>) type, undescribed);
      if (type instanceof ObjectTypeDefinition object) {
        for (FieldDefinition field : object.getFieldDefinitions()) {
          check(type.getName() + "." + field.getName(), field, undescribed);
          for (InputValueDefinition argument : field.getInputValueDefinitions()) {
            check(type.getName() + "." + field.getName() + "(" + argument.getName() + ")", argument, undescribed);
          }
        }
      }
      if (type instanceof EnumTypeDefinition enumType) {
        enumType.getEnumValueDefinitions().forEach(v -> check(type.getName() + "." + v.getName(), v, undescribed));
      }
    });
    registry.scalars().values().stream().filter(s -> s.getSourceLocation() != null)
        .forEach(s -> check(s.getName(), s, undescribed));
    assertThat(undescribed).isEmpty();
  }

  private static void check(String name, AbstractDescribedNode<?> node, List<String> undescribed) {
    if (node.getDescription() == null || node.getDescription().getContent().isBlank()) {
      undescribed.add(name);
    }
  }
}
