package org.publiccredit.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parsed and validated documents by query text. Integrators send the same few queries with
 * different variables; parsing and validating a full profile query on every call cost more than
 * reading the profile. Only valid documents are kept, at most {@link #CAPACITY}; past that the
 * cache starts over (simple, and a flood of distinct queries cannot grow it).
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocuments implements PreparsedDocumentProvider {

  static final int CAPACITY = 1_000;

  private final Map<String, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();

  @Bean
  GraphQlSourceBuilderCustomizer parsedDocumentCache() {
    return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
  }

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    PreparsedDocumentEntry cached = documents.get(input.getQuery());
    if (cached != null) {
      return CompletableFuture.completedFuture(cached);
    }
    PreparsedDocumentEntry entry = parseAndValidate.apply(input);
    if (!entry.hasErrors()) {
      if (documents.size() >= CAPACITY) {
        documents.clear();
      }
      documents.put(input.getQuery(), entry);
    }
    return CompletableFuture.completedFuture(entry);
  }
}
