package org.publiccredit.graphql.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.execution.ExecutionContext;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.VariableReference;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An operation's measure, remembered. Integrators send the same few queries with different
 * variables, and the measure depends only on the document, the operation chosen, and the values of
 * the variables the normalized operation reads for it: those in directive arguments
 * ({@code @skip}/{@code @include}) and those in {@code first} arguments (the cost multiplier).
 * The subject code of a profile query is neither, so every profile asks the same measure. Which
 * variables matter is read from the document once per query text; a measure is then kept per
 * operation name and values of those variables. At most {@link #DOCUMENTS} query texts (as
 * {@link ParsedDocuments}) and {@link #SHAPES_PER_DOCUMENT} shapes of each are kept: a client that
 * varies {@code first} endlessly is measured on every request past that, as before.
 */
final class OperationShapes {

  /** The argument whose value multiplies its field's children in the cost. */
  static final String MULTIPLIER = "first";
  static final int DOCUMENTS = 1_000;
  static final int SHAPES_PER_DOCUMENT = 64;
  /** A variable neither given nor defaulted: unlike one given as null. */
  private static final Object ABSENT = new Object();

  private final Cache<String, DocumentShapes> documents =
      Caffeine.newBuilder().maximumSize(DOCUMENTS).executor(Runnable::run).build();
  private final Function<ExecutionContext, OperationLimits.Measure> measuring;

  OperationShapes(Function<ExecutionContext, OperationLimits.Measure> measuring) {
    this.measuring = measuring;
  }

  OperationLimits.Measure measure(ExecutionContext context) {
    DocumentShapes document = documents.get(context.getExecutionInput().getQuery(),
        query -> new DocumentShapes(dependingVariables(context.getDocument())));
    Shape shape = document.shape(context.getExecutionInput().getOperationName(), context.getCoercedVariables().toMap());
    OperationLimits.Measure measure = document.measures.get(shape);
    if (measure == null) {
      measure = measuring.apply(context);
      if (document.measures.size() < SHAPES_PER_DOCUMENT) {
        document.measures.putIfAbsent(shape, measure);
      }
    }
    return measure;
  }

  /** The variables referenced in a directive's arguments or in a {@code first} argument, anywhere in the document. */
  static List<String> dependingVariables(Document document) {
    Set<String> names = new LinkedHashSet<>();
    collect(document, false, names);
    return List.copyOf(names);
  }

  private static void collect(Node<?> node, boolean depends, Set<String> names) {
    if (node instanceof VariableReference variable) {
      if (depends) {
        names.add(variable.getName());
      }
      return;
    }
    boolean childrenDepend = depends || node instanceof Directive
        || node instanceof Argument argument && MULTIPLIER.equals(argument.getName());
    for (Node<?> child : node.getChildren()) {
      collect(child, childrenDepend, names);
    }
  }

  /** One query text: the variables its measure depends on, and the measures found so far. */
  private static final class DocumentShapes {

    private final List<String> variables;
    private final ConcurrentMap<Shape, OperationLimits.Measure> measures = new ConcurrentHashMap<>();

    DocumentShapes(List<String> variables) {
      this.variables = variables;
    }

    Shape shape(@Nullable String operationName, Map<String, Object> coercedVariables) {
      List<@Nullable Object> values = new ArrayList<>(variables.size());
      for (String name : variables) {
        values.add(coercedVariables.containsKey(name) ? coercedVariables.get(name) : ABSENT);
      }
      return new Shape(operationName, values);
    }
  }

  /** An operation and the values of the variables its measure depends on, in {@link DocumentShapes#variables} order. */
  private record Shape(@Nullable String operationName, List<@Nullable Object> values) {}
}
