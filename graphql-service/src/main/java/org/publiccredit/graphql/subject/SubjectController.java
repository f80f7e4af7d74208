package org.publiccredit.graphql.subject;

import graphql.GraphQLContext;
import java.security.Principal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.audit.AuditSubjects;
import org.publiccredit.graphql.error.InvalidArgumentException;
import org.publiccredit.graphql.error.NotFoundException;
import org.publiccredit.graphql.identity.CodeParse;
import org.publiccredit.graphql.search.CreditRecordPage;
import org.publiccredit.graphql.search.RecordPageRequest;
import org.publiccredit.graphql.search.RecordCursor;
import org.publiccredit.graphql.security.Caller;
import org.publiccredit.graphql.security.Scopes;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code subject(code)} and a subject's {@code records} connection. */
@Controller
class SubjectController {

  static final int MAX_PAGE_SIZE = 100;
  /** The schema's default; also used when a client passes {@code first: null} explicitly. */
  static final int DEFAULT_PAGE_SIZE = 20;

  private static final CreditRecordPage EMPTY = new CreditRecordPage(List.of(), false, 0);

  private final SubjectLookup lookup;

  SubjectController(SubjectLookup lookup) {
    this.lookup = lookup;
  }

  @QueryMapping
  Subject subject(@Argument String code, @Nullable Principal principal, GraphQLContext context) {
    Caller caller = Caller.of(principal);
    caller.require(Scopes.SUBJECT_READ);
    return switch (lookup.parse(code)) {
      case CodeParse.Rejected rejected -> throw new InvalidArgumentException("code", rejected.defect().name(),
          "Argument 'code' is not a valid unified social credit code or resident ID number: " + rejected.message());
      case CodeParse.Parsed parsed -> {
        AuditSubjects.in(context).touched(lookup.key(parsed.code()));
        yield lookup.find(parsed.code(), caller.has(Scopes.PII_READ))
            .orElseThrow(() -> new NotFoundException("No credit subject is registered under this code."));
      }
    };
  }

  /** Batched: the pages of every subject of a response come from one msearch (SubjectLoaders). */
  @SchemaMapping(typeName = "Subject")
  CompletableFuture<CreditRecordConnection> records(Subject subject, @Argument @Nullable Integer first,
      @Argument @Nullable String after, DataLoader<RecordPageRequest, CreditRecordPage> recordPages) {
    int size = first == null ? DEFAULT_PAGE_SIZE : first;
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidArgumentException("first", "OUT_OF_RANGE",
          "Argument 'first' must be between 1 and " + MAX_PAGE_SIZE + ".");
    }
    RecordCursor cursor = after == null ? null : RecordCursor.decode(after).orElseThrow(() ->
        new InvalidArgumentException("after", "INVALID_CURSOR",
            "Argument 'after' is not a cursor returned by this API."));
    return recordPages.load(new RecordPageRequest(subject.subjectId(), size, cursor))
        .thenApply(page -> RecordConnections.of(page == null ? EMPTY : page, cursor != null));
  }
}
