package org.publiccredit.graphql.error;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.execution.ErrorType;

class GraphQlErrorsTest {

  private final GraphQlErrors errors = new GraphQlErrors();

  @Test
  void invalidArgumentIsABadRequestNamingIt() {
    GraphQLError error = resolve(new InvalidArgumentException("code", "CHECK_CHARACTER_MISMATCH", "wrong check"));
    assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
    assertThat(error.getMessage()).isEqualTo("wrong check");
    assertThat(error.getExtensions()).containsEntry("argument", "code").containsEntry("reason", "CHECK_CHARACTER_MISMATCH");
    assertThat(error.toSpecification()).extractingByKey("extensions").asInstanceOf(
        org.assertj.core.api.InstanceOfAssertFactories.MAP).containsEntry("classification", "BAD_REQUEST");
  }

  @Test
  void missingScopeIsForbidden() {
    GraphQLError error = resolve(new MissingScopeException("subject:read"));
    assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN);
    assertThat(error.getExtensions()).containsEntry("scope", "subject:read")
        .containsEntry("requiredScope", "subject:read");
  }

  @Test
  void notFoundIsNotFound() {
    assertThat(resolve(new NotFoundException("none")).getErrorType()).isEqualTo(ErrorType.NOT_FOUND);
  }

  @Test
  void anythingElseIsAGenericInternalErrorWithTheRequestId() {
    GraphQLError error = resolve(new IllegalStateException("connection to es-node-3:9200 refused, index credit-subjects"));
    assertThat(error.getErrorType()).isEqualTo(ErrorType.INTERNAL_ERROR);
    assertThat(error.getMessage()).isEqualTo("Internal error. Quote request id req-42 when reporting it.")
        .doesNotContain("es-node-3");
    assertThat(error.getExtensions()).isEqualTo(Map.of("requestId", "req-42"));
  }

  @Test
  void requestIdHeaderIsUsedOnlyWhenHarmless() {
    assertThat(RequestIds.acceptable("0b6f2f1e-9c1d-4c55-a6a4-3b8c8f1d2e77")).isEqualTo("0b6f2f1e-9c1d-4c55-a6a4-3b8c8f1d2e77");
    assertThat(RequestIds.acceptable("evil\nlog line")).doesNotContain("evil");
    assertThat(RequestIds.acceptable(null)).hasSize(36);
  }

  private GraphQLError resolve(Throwable ex) {
    List<GraphQLError> resolved = errors.resolveException(ex, environment()).block();
    assertThat(resolved).hasSize(1);
    return resolved.getFirst();
  }

  private static DataFetchingEnvironment environment() {
    var field = Field.newField("subject").build();
    return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
        .mergedField(MergedField.newMergedField(field).build())
        .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
            .type(Scalars.GraphQLString).path(ResultPath.rootPath().segment("subject")).build())
        .graphQLContext(GraphQLContext.of(Map.of(RequestIds.CONTEXT_KEY, "req-42")))
        .build();
  }
}
