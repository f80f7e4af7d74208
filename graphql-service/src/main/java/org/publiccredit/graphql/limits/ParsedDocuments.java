package org.publiccredit.graphql.limits;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parsed and validated documents by query text. Integrators send the same few queries with
 * different variables; parsing and validating a full profile query on every call cost more than
 * reading the profile. Only valid documents are kept (a document that failed the limits of
 * {@link DocumentLimits} is parsed, and refused, every time), at most {@link #CAPACITY}, so a flood
 * of distinct queries cannot grow the cache. Nothing here depends on the caller: introspection is
 * refused at execution, not in validation.
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocuments implements PreparsedDocumentProvider {

  static final int CAPACITY = 1_000;

  private final Cache<String, PreparsedDocumentEntry> documents;

  ParsedDocuments() {
    this(Runnable::run);
  }

  /** @param maintenance where the cache evicts; the caller's thread keeps the bound exact */
  ParsedDocuments(Executor maintenance) {
    this.documents = Caffeine.newBuilder().maximumSize(CAPACITY).executor(maintenance).build();
  }

  @Bean
  GraphQlSourceBuilderCustomizer parsedDocumentCache() {
    return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
  }

  @Override
  public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
      Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
    PreparsedDocumentEntry cached = documents.getIfPresent(input.getQuery());
    if (cached != null) {
      return CompletableFuture.completedFuture(cached);
    }
    PreparsedDocumentEntry entry = parseAndValidate.apply(input);
    if (!entry.hasErrors()) {
      documents.put(input.getQuery(), entry);
    }
    return CompletableFuture.completedFuture(entry);
  }

  long size() {
    documents.cleanUp();
    return documents.estimatedSize();
  }
}
