package org.publiccredit.graphql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.language.Document;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParsedDocumentsTest {

  private final ParsedDocuments cache = new ParsedDocuments();

  @Test
  void aValidDocumentIsParsedOnce() throws Exception {
    AtomicInteger parsed = new AtomicInteger();
    var input = ExecutionInput.newExecutionInput("{ a }").build();
    for (int i = 0; i < 3; i++) {
      cache.getDocumentAsync(input, in -> {
        parsed.incrementAndGet();
        return new PreparsedDocumentEntry(Document.newDocument().build());
      }).get();
    }
    assertThat(parsed).hasValue(1);
  }

  @Test
  void anInvalidDocumentIsNotKept() throws Exception {
    AtomicInteger parsed = new AtomicInteger();
    var input = ExecutionInput.newExecutionInput("{ broken").build();
    for (int i = 0; i < 2; i++) {
      cache.getDocumentAsync(input, in -> {
        parsed.incrementAndGet();
        return new PreparsedDocumentEntry(GraphqlErrorBuilder.newError().message("invalid").build());
      }).get();
    }
    assertThat(parsed).hasValue(2);
  }

  @Test
  void aFloodOfDistinctDocumentsStaysWithinTheCapacity() throws Exception {
    AtomicInteger parsed = new AtomicInteger();
    for (int i = 0; i < ParsedDocuments.CAPACITY * 3; i++) {
      cache.getDocumentAsync(ExecutionInput.newExecutionInput("{ a" + i + " }").build(), in -> {
        parsed.incrementAndGet();
        return new PreparsedDocumentEntry(Document.newDocument().build());
      }).get();
    }
    assertThat(parsed).hasValue(ParsedDocuments.CAPACITY * 3);
    assertThat(cache.size()).isLessThanOrEqualTo(ParsedDocuments.CAPACITY);
  }
}
