package org.publiccredit.graphql.limits;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Depth, cost, aliases and root fields of the operation as it will execute, measured on graphql-java's
 * executable normalized operation (every fragment spread expanded where it is spread, {@code @skip}
 * and {@code @include} applied, fields that execution merges counted once) after validation and
 * before any data fetcher runs; the first limit exceeded aborts the request with its code.
 *
 * <p>Not graphql-java's {@code MaxQueryDepthInstrumentation} and {@code MaxQueryComplexityInstrumentation}:
 * their {@code QueryTraverser} descends into a fragment only the first time it is spread
 * (graphql-java issue 1695), so one expensive fragment spread under fifteen aliases was charged once;
 * and each walked the whole operation on its own (the complexity one twice), a third walk counting
 * aliases. Definitions kept from the library: depth counts every field on the path, the root field
 * being 1; a field costs 1 plus its children's cost, {@code __typename} nothing, and a field with a
 * {@code first} argument costs its children once per requested element, so
 * {@code records(first: 100) { ... }} weighs what it may return. {@code OperationLimitsTest} checks
 * the figures against the library's where the two agree.
 *
 * <p>The normalized operation of a full profile query was the largest allocation per request, so
 * the measure is remembered ({@link OperationShapes}): by query text, operation name and the values
 * of the only variables it can depend on; every request is still checked against the limits.
 */
final class OperationLimits extends SimplePerformantInstrumentation {

  private final RequestLimits limits;
  private final OperationShapes shapes;

  OperationLimits(RequestLimits limits) {
    this(limits, context -> Measure.of(context.getNormalizedQueryTree().get()));
  }

  /** @param measuring how an operation is measured when its shape is not remembered (tests count the calls) */
  OperationLimits(RequestLimits limits, Function<ExecutionContext, Measure> measuring) {
    this.limits = limits;
    this.shapes = new OperationShapes(context -> {
      try {
        return measuring.apply(context);
      } catch (AbortExecutionException tooManyFields) {
        // graphql-java stops normalizing past its own bound on fields (100,000), far above ours
        return Measure.TOO_MANY_FIELDS;
      }
    });
  }

  @Override
  public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    Measure measure = shapes.measure(parameters.getExecutionContext());
    if (measure.depth() > limits.maxDepth()) {
      throw LimitErrors.abort(LimitErrors.MAX_DEPTH, "depth", limits.maxDepth(), measure.depth());
    }
    if (measure.cost() > limits.maxComplexity()) {
      throw LimitErrors.abort(LimitErrors.MAX_COMPLEXITY, "complexity", limits.maxComplexity(), measure.cost());
    }
    if (measure.rootFields() > limits.maxRootFields()) {
      throw LimitErrors.abort(LimitErrors.MAX_ROOT_FIELDS, "root field", limits.maxRootFields(), measure.rootFields());
    }
    if (measure.aliases() > limits.maxAliases()) {
      throw LimitErrors.abort(LimitErrors.MAX_ALIASES, "alias", limits.maxAliases(), measure.aliases());
    }
    return SimpleInstrumentationContext.noOp();
  }

  /** What the normalized operation asks for. */
  record Measure(int depth, int cost, int aliases, int rootFields) {

    /** An operation graphql-java refused to normalize: over any cost limit. */
    static final Measure TOO_MANY_FIELDS = new Measure(0, Integer.MAX_VALUE, 0, 0);

    static Measure of(ExecutableNormalizedOperation operation) {
      int[] aliases = {0};
      int rootFields = 0;
      int cost = 0;
      for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
        if (!typename(field)) {
          rootFields++;
        }
        cost += cost(field, aliases);
      }
      return new Measure(operation.getOperationDepth(), cost, aliases[0], rootFields);
    }

    private static int cost(ExecutableNormalizedField field, int[] aliases) {
      if (field.getAlias() != null) {
        aliases[0]++;
      }
      if (typename(field)) {
        return 0;
      }
      int children = 0;
      List<ExecutableNormalizedField> fields = field.getChildren();
      for (ExecutableNormalizedField child : fields) {
        children += cost(child, aliases);
      }
      return 1 + children * (field.getResolvedArguments().get(OperationShapes.MULTIPLIER) instanceof Number n
          ? Math.max(1, n.intValue()) : 1);
    }

    private static boolean typename(ExecutableNormalizedField field) {
      return "__typename".equals(field.getName());
    }
  }
}
