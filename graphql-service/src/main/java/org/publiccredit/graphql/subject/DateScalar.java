package org.publiccredit.graphql.subject;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** The {@code Date} scalar: a calendar date as an ISO-8601 string ({@code 2024-03-15}). */
@Configuration(proxyBeanMethods = false)
class DateScalar {

  @Bean
  RuntimeWiringConfigurer dateScalarWiring() {
    return wiring -> wiring.scalar(GraphQLScalarType.newScalar()
        .name("Date")
        .description("A calendar date, ISO-8601 (yyyy-MM-dd).")
        .coercing(new DateCoercing())
        .build());
  }

  static final class DateCoercing implements Coercing<LocalDate, String> {

    @Override
    public String serialize(Object value, GraphQLContext context, Locale locale) {
      if (value instanceof LocalDate date) {
        return date.toString();
      }
      throw new CoercingSerializeException("Not a date: " + value.getClass().getSimpleName());
    }

    @Override
    public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
      try {
        return LocalDate.parse(input.toString());
      } catch (DateTimeParseException e) {
        throw new CoercingParseValueException("Expected a date as yyyy-MM-dd");
      }
    }

    @Override
    public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
      if (input instanceof StringValue string) {
        try {
          return LocalDate.parse(string.getValue());
        } catch (DateTimeParseException e) {
          throw new CoercingParseLiteralException("Expected a date as yyyy-MM-dd");
        }
      }
      throw new CoercingParseLiteralException("Expected a date as a string yyyy-MM-dd");
    }
  }
}
