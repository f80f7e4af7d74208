package org.publiccredit.gateway.operation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.GraphQLException;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.publiccredit.gateway.call.OperationType;

/**
 * Parses a GraphQL document with graphql-java's parser (nothing is validated against the schema
 * or executed: that is the service's job) to learn which operation is asked for and its root
 * fields. The parser's token bound keeps a hostile document from costing the gateway much.
 */
final class OperationParser {

  /** Longer documents are parsed each time: they are rare, and would crowd out the others. */
  private static final int MAX_CACHED_QUERY_CHARS = 16_384;

  private final ParserOptions options;
  private final @Nullable Cache<CacheKey, ParsedOperation> parsed;

  OperationParser(int maxTokens) {
    this(maxTokens, 0);
  }

  /**
   * @param cachedQueryChars how many characters of query text (with their parsed operations) to
   *     keep; 0 parses every request
   */
  OperationParser(int maxTokens, int cachedQueryChars) {
    // Clients send the same few operations with other variables; parsing them again was about 7%
    // of the gateway's CPU. Bounded by text size (a parsed operation is a small multiple of it);
    // only documents that parsed are kept, so junk costs a parse each time, as before.
    this.parsed = cachedQueryChars <= 0 ? null : Caffeine.newBuilder()
        .maximumWeight(cachedQueryChars)
        .<CacheKey, ParsedOperation>weigher((key, value) -> key.query().length())
        .executor(Runnable::run)
        .build();
    this.options = ParserOptions.newParserOptions()
        .maxTokens(maxTokens)
        .captureSourceLocation(false)
        .captureIgnoredChars(false)
        .captureLineComments(false)
        .build();
  }

  ParsedOperation parse(String query, @Nullable String operationName) {
    if (parsed == null || query.length() > MAX_CACHED_QUERY_CHARS) {
      return parseDocument(query, operationName);
    }
    return parsed.get(new CacheKey(query, operationName),
        key -> parseDocument(key.query(), key.operationName()));
  }

  private record CacheKey(String query, @Nullable String operationName) {}

  private ParsedOperation parseDocument(String query, @Nullable String operationName) {
    Document document;
    try {
      document = new Parser().parseDocument(ParserEnvironment.newParserEnvironment()
          .document(query).parserOptions(options).build());
    } catch (GraphQLException e) {
      throw new InvalidGraphqlRequestException("The query is not a valid GraphQL document.");
    }
    OperationDefinition operation = choose(document.getDefinitionsOfType(OperationDefinition.class),
        operationName);
    Map<String, FragmentDefinition> fragments = document
        .getDefinitionsOfType(FragmentDefinition.class).stream()
        .collect(Collectors.toMap(FragmentDefinition::getName, Function.identity(), (a, b) -> a));
    List<Field> fields = new ArrayList<>();
    collect(operation.getSelectionSet(), fragments, new HashSet<>(), fields);
    return new ParsedOperation(OperationType.valueOf(operation.getOperation().name()),
        operation.getName(), fields);
  }

  /** The GraphQL spec's rule: a name picks the operation; without one, there must be one. */
  private static OperationDefinition choose(List<OperationDefinition> operations,
      @Nullable String name) {
    if (operations.isEmpty()) {
      throw new InvalidGraphqlRequestException("The document holds no operation.");
    }
    if (name == null) {
      if (operations.size() > 1) {
        throw new InvalidGraphqlRequestException(
            "The document holds several operations; name one in \"operationName\".");
      }
      return operations.getFirst();
    }
    return operations.stream().filter(o -> name.equals(o.getName())).findFirst()
        .orElseThrow(() -> new InvalidGraphqlRequestException(
            "The document holds no operation named in \"operationName\"."));
  }

  private static void collect(@Nullable SelectionSet selections,
      Map<String, FragmentDefinition> fragments, Set<String> visiting, List<Field> into) {
    if (selections == null) {
      return;
    }
    for (Selection<?> selection : selections.getSelections()) {
      switch (selection) {
        case Field field -> into.add(field);
        case InlineFragment inline -> collect(inline.getSelectionSet(), fragments, visiting, into);
        case FragmentSpread spread -> {
          FragmentDefinition fragment = fragments.get(spread.getName());
          if (fragment == null) {
            throw new InvalidGraphqlRequestException("The document spreads an undefined fragment.");
          }
          // A fragment that spreads itself is invalid GraphQL; refuse rather than loop.
          if (!visiting.add(spread.getName())) {
            throw new InvalidGraphqlRequestException("The document's fragments form a cycle.");
          }
          collect(fragment.getSelectionSet(), fragments, visiting, into);
          visiting.remove(spread.getName());
        }
        default -> throw new InvalidGraphqlRequestException("Unsupported selection.");
      }
    }
  }
}
