package org.publiccredit.graphql.limits;

import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;

/** graphql-java's depth check, answering with our error shape. */
final class DepthLimit extends MaxQueryDepthInstrumentation {

  DepthLimit(int maxDepth) {
    super(maxDepth);
  }

  @Override
  protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
    return LimitErrors.abort(LimitErrors.MAX_DEPTH, "depth", maxDepth, depth);
  }
}
