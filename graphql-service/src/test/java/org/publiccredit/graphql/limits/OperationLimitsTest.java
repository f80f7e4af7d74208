package org.publiccredit.graphql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class OperationLimitsTest {

  private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse("""
      type Query { subject(code: ID!): Subject, search(first: Int): [Subject] }
      type Subject { name: String, records(first: Int): [Record], related: Subject }
      type Record { title: String, category: String }
      """), RuntimeWiring.newRuntimeWiring().build());

  /** @param sameCostAsLibrary false where the library descends into a fragment spread only once */
  record Case(String query, Map<String, Object> variables, int depth, int cost, int aliases, int rootFields,
      boolean sameCostAsLibrary) {

    Case(String query, Map<String, Object> variables, int depth, int cost, int aliases, int rootFields) {
      this(query, variables, depth, cost, aliases, rootFields, true);
    }
  }

  static List<Case> cases() {
    return List.of(
        new Case("{ subject(code: \"1\") { name } }", Map.of(), 2, 2, 0, 1),
        new Case("{ subject(code: \"1\") { name records(first: 10) { title category } related { name related { name } } } }",
            Map.of(), 4, 1 + 1 + (1 + 10 * 2) + (1 + 1 + (1 + 1)), 0, 1),
        new Case("""
            query { a: subject(code: "1") { ...F } b: subject(code: "2") { ...F __typename } }
            fragment F on Subject { name records(first: 3) { t: title } }""", Map.of(), 3, 2 * (1 + 1 + (1 + 3)), 4, 2, false),
        new Case("query($n: Int, $s: Boolean!) { search(first: $n) { name records(first: $n) @skip(if: $s) { title } } }",
            Map.of("n", 7, "s", false), 3, 1 + 7 * (1 + (1 + 7)), 0, 1),
        new Case("query($n: Int, $s: Boolean!) { search(first: $n) { name records(first: $n) @skip(if: $s) { title } } }",
            Map.of("n", 7, "s", true), 2, 1 + 7, 0, 1),
        new Case("{ __typename subject(code: \"1\") { name } }", Map.of(), 2, 2, 0, 1));
  }

  /**
   * Depth and cost as graphql-java's own instrumentations measure them (limit 0, so they report every
   * figure, and a function that does not abort), except that a fragment costs what it asks for at
   * every spread (the library charges it once, graphql-java issue 1695); aliases and root fields
   * counted by hand.
   */
  @ParameterizedTest
  @MethodSource("cases")
  void measuresWhatTheLibraryInstrumentationsMeasure(Case c) {
    AtomicInteger libraryDepth = new AtomicInteger(-1);
    AtomicInteger libraryCost = new AtomicInteger(-1);
    List<OperationLimits.Measure> ours = new ArrayList<>();
    Instrumentation capture = new SimplePerformantInstrumentation() {
      @Override
      public InstrumentationContext<ExecutionResult> beginExecuteOperation(
          InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ours.add(OperationLimits.Measure.of(parameters.getExecutionContext().getNormalizedQueryTree().get()));
        return SimpleInstrumentationContext.noOp();
      }
    };
    Instrumentation instrumentation = new ChainedInstrumentation(List.of(
        new MaxQueryDepthInstrumentation(0, info -> { libraryDepth.set(info.getDepth()); return false; }),
        new MaxQueryComplexityInstrumentation(0, (env, children) -> {
          Object first = env.getArguments().get("first");
          return 1 + children * (first instanceof Number n ? Math.max(1, n.intValue()) : 1);
        }, info -> { libraryCost.set(info.getComplexity()); return false; }),
        capture));
    ExecutionResult result = GraphQL.newGraphQL(SCHEMA).instrumentation(instrumentation).build()
        .execute(ExecutionInput.newExecutionInput(c.query()).variables(c.variables()).build());

    assertThat(result.getErrors()).isEmpty();
    OperationLimits.Measure measure = ours.getFirst();
    assertThat(measure.depth()).isEqualTo(libraryDepth.get()).isEqualTo(c.depth());
    assertThat(measure.cost()).isEqualTo(c.cost());
    if (c.sameCostAsLibrary()) {
      assertThat(libraryCost).hasValue(c.cost());
    } else {
      assertThat(libraryCost.get()).isLessThan(c.cost());
    }
    assertThat(measure.aliases()).isEqualTo(c.aliases());
    assertThat(measure.rootFields()).isEqualTo(c.rootFields());
  }

  @Test
  void eachLimitRefusesWithItsOwnCode() {
    String query = """
        { a: subject(code: "1") { related { related { name } } records(first: 50) { title } }
          b: subject(code: "2") { name } }""";
    assertThat(code(query, new RequestLimits(3, 100_000, 100, 100, 16_384, 2_000))).isEqualTo(LimitErrors.MAX_DEPTH);
    assertThat(code(query, new RequestLimits(4, 56, 100, 100, 16_384, 2_000))).isEqualTo(LimitErrors.MAX_COMPLEXITY);
    assertThat(code(query, new RequestLimits(4, 100_000, 100, 1, 16_384, 2_000))).isEqualTo(LimitErrors.MAX_ROOT_FIELDS);
    assertThat(code(query, new RequestLimits(4, 100_000, 1, 100, 16_384, 2_000))).isEqualTo(LimitErrors.MAX_ALIASES);
    assertThat(code(query, new RequestLimits(4, 57, 2, 2, 16_384, 2_000))).isNull();
  }

  /** Two spreads of one fragment of 2,551 cost 5,102, over the default 5,000 (the library counted 2,552). */
  @Test
  void aFragmentCostsWhatItAsksForAtEverySpread() {
    String query = """
        { a: search(first: 50) { ...F } b: search(first: 50) { ...F } }
        fragment F on Subject { records(first: 50) { title } }""";
    assertThat(code(query, new RequestLimits(15, 5_000, 15, 10, 16_384, 2_000))).isEqualTo(LimitErrors.MAX_COMPLEXITY);
    assertThat(code(query, new RequestLimits(15, 5_102, 15, 10, 16_384, 2_000))).isNull();
  }

  /** A document that passed validation is cached; the limits are still applied on every execution. */
  @Test
  void aCachedDocumentIsMeasuredAgainOnEveryRequest() {
    GraphQL graphQl = GraphQL.newGraphQL(SCHEMA)
        .instrumentation(new OperationLimits(new RequestLimits(100, 10, 100, 100, 16_384, 2_000)))
        .preparsedDocumentProvider(new ParsedDocuments())
        .build();
    ExecutionInput input = ExecutionInput.newExecutionInput("{ search(first: 100) { name } }").build();
    for (int i = 0; i < 2; i++) {
      ExecutionResult result = graphQl.execute(input);
      assertThat(result.getErrors()).singleElement()
          .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", LimitErrors.MAX_COMPLEXITY));
    }
  }

  /**
   * The measure is remembered per query text, operation and the values of the variables it depends
   * on ({@code @skip}/{@code @include} and {@code first}, in fragments too), and applied to every
   * request: a variable it does not read (the subject code) does not measure again, one it reads does.
   */
  @Test
  void aMeasureIsRememberedOnlyForTheVariablesItDoesNotRead() {
    AtomicInteger measured = new AtomicInteger();
    // cost 1 + name 1 + records (1 + $n * title 1): 3 + $n, or 2 with the records skipped
    OperationLimits limits = new OperationLimits(new RequestLimits(100, 8, 100, 100, 16_384, 2_000), context -> {
      measured.incrementAndGet();
      return OperationLimits.Measure.of(context.getNormalizedQueryTree().get());
    });
    GraphQL graphQl = GraphQL.newGraphQL(SCHEMA).instrumentation(limits).preparsedDocumentProvider(new ParsedDocuments()).build();
    String query = """
        query($c: ID!, $n: Int, $s: Boolean!) { subject(code: $c) { name ...R } }
        fragment R on Subject { records(first: $n) @skip(if: $s) { title } }""";
    Map<String, Object> five = Map.of("c", "1", "n", 5, "s", false);
    assertThat(code(graphQl, query, five)).isNull();
    assertThat(code(graphQl, query, Map.of("c", "2", "n", 5, "s", false))).isNull();
    assertThat(measured).hasValue(1);
    assertThat(code(graphQl, query, Map.of("c", "2", "n", 6, "s", false))).isEqualTo(LimitErrors.MAX_COMPLEXITY);
    assertThat(code(graphQl, query, Map.of("c", "3", "n", 6, "s", false))).isEqualTo(LimitErrors.MAX_COMPLEXITY);
    assertThat(measured).hasValue(2);
    assertThat(code(graphQl, query, Map.of("c", "2", "n", 6, "s", true))).isNull();
    assertThat(code(graphQl, query, five)).isNull();
    assertThat(measured).hasValue(3);
    // $n absent (no default, so no multiplier) is a shape of its own
    assertThat(code(graphQl, query, Map.of("c", "2", "s", false))).isNull();
    assertThat(measured).hasValue(4);
  }

  /** Two operations of one document are two shapes. */
  @Test
  void eachOperationOfADocumentIsMeasuredOnItsOwn() {
    GraphQL graphQl = GraphQL.newGraphQL(SCHEMA)
        .instrumentation(new OperationLimits(new RequestLimits(100, 10, 100, 100, 16_384, 2_000))).build();
    String query = "query Small { search(first: 1) { name } } query Large { search(first: 100) { name } }";
    for (int i = 0; i < 2; i++) {
      assertThat(code(graphQl, ExecutionInput.newExecutionInput(query).operationName("Small").build())).isNull();
      assertThat(code(graphQl, ExecutionInput.newExecutionInput(query).operationName("Large").build()))
          .isEqualTo(LimitErrors.MAX_COMPLEXITY);
    }
  }

  @Test
  void theMeasureDependsOnDirectiveAndFirstVariablesOnly() {
    var document = graphql.parser.Parser.parse("""
        query($c: ID!, $n: Int, $s: Boolean!, $i: Boolean!) { subject(code: $c) @include(if: $i) { ...R } }
        fragment R on Subject { name @skip(if: $s) records(first: $n) { title } }""");
    assertThat(OperationShapes.dependingVariables(document)).containsExactlyInAnyOrder("n", "s", "i");
  }

  private static Object code(GraphQL graphQl, String query, Map<String, Object> variables) {
    return code(graphQl, ExecutionInput.newExecutionInput(query).variables(variables).build());
  }

  private static Object code(GraphQL graphQl, ExecutionInput input) {
    ExecutionResult result = graphQl.execute(input);
    return result.getErrors().isEmpty() ? null : result.getErrors().getFirst().getExtensions().get("code");
  }

  private static Object code(String query, RequestLimits limits) {
    ExecutionResult result = GraphQL.newGraphQL(SCHEMA).instrumentation(new OperationLimits(limits)).build().execute(query);
    return result.getErrors().isEmpty() ? null : result.getErrors().getFirst().getExtensions().get("code");
  }
}
