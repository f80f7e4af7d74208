package org.publiccredit.graphql.limits;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import org.jspecify.annotations.Nullable;

/**
 * Counts aliases and root fields over the operation as executed (fragments where they are
 * spread), after validation and before any data fetcher runs. Aliases multiply work without
 * deepening a query, so the depth and cost limits alone do not bound them.
 */
final class ShapeLimits extends SimplePerformantInstrumentation {

  private final int maxAliases;
  private final int maxRootFields;

  ShapeLimits(int maxAliases, int maxRootFields) {
    this.maxAliases = maxAliases;
    this.maxRootFields = maxRootFields;
  }

  @Override
  public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    ExecutionContext context = parameters.getExecutionContext();
    var counts = new Counts();
    QueryTraverser.newQueryTraverser()
        .schema(context.getGraphQLSchema())
        .document(context.getDocument())
        .operationName(context.getExecutionInput().getOperationName())
        .coercedVariables(context.getCoercedVariables())
        .build()
        .visitPreOrder(counts);
    if (counts.rootFields > maxRootFields) {
      throw LimitErrors.abort(LimitErrors.MAX_ROOT_FIELDS, "root field", maxRootFields, counts.rootFields);
    }
    if (counts.aliases > maxAliases) {
      throw LimitErrors.abort(LimitErrors.MAX_ALIASES, "alias", maxAliases, counts.aliases);
    }
    return SimpleInstrumentationContext.noOp();
  }

  private static final class Counts extends QueryVisitorStub {
    int aliases;
    int rootFields;

    @Override
    public void visitField(QueryVisitorFieldEnvironment env) {
      if (env.getField().getAlias() != null) {
        aliases++;
      }
      if (env.getParentEnvironment() == null && !env.isTypeNameIntrospectionField()) {
        rootFields++;
      }
    }
  }
}
