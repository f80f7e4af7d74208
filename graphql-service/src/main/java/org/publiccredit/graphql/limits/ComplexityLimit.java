package org.publiccredit.graphql.limits;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;

/**
 * graphql-java's complexity check with a calculator that knows connections: a field with a
 * {@code first} argument costs its children once per requested element, so
 * {@code records(first: 100) { ... }} weighs what it may return, not one field.
 */
final class ComplexityLimit extends MaxQueryComplexityInstrumentation {

  static final FieldComplexityCalculator PAGES = (env, childComplexity) -> {
    Object first = env.getArguments().get("first");
    int elements = first instanceof Number n ? Math.max(1, n.intValue()) : 1;
    return 1 + childComplexity * elements;
  };

  ComplexityLimit(int maxComplexity) {
    super(maxComplexity, PAGES);
  }

  @Override
  protected AbortExecutionException mkAbortException(int totalComplexity, int maxComplexity) {
    return LimitErrors.abort(LimitErrors.MAX_COMPLEXITY, "complexity", maxComplexity, totalComplexity);
  }
}
