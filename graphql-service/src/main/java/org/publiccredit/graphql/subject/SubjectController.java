package org.publiccredit.graphql.subject;

import graphql.GraphQLContext;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.audit.AuditSubjects;
import org.publiccredit.graphql.error.InvalidArgumentException;
import org.publiccredit.graphql.error.NotFoundException;
import org.publiccredit.graphql.identity.CodeParse;
import org.publiccredit.graphql.search.CreditSearch;
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

  private final SubjectLookup lookup;
  private final CreditSearch search;

  SubjectController(SubjectLookup lookup, CreditSearch search) {
    this.lookup = lookup;
    this.search = search;
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

  @SchemaMapping(typeName = "Subject")
  CreditRecordConnection records(Subject subject, @Argument @Nullable Integer first, @Argument @Nullable String after) {
    int size = first == null ? DEFAULT_PAGE_SIZE : first;
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidArgumentException("first", "OUT_OF_RANGE",
          "Argument 'first' must be between 1 and " + MAX_PAGE_SIZE + ".");
    }
    RecordCursor cursor = after == null ? null : RecordCursor.decode(after).orElseThrow(() ->
        new InvalidArgumentException("after", "INVALID_CURSOR",
            "Argument 'after' is not a cursor returned by this API."));
    return RecordConnections.of(search.records(subject.subjectId(), size, cursor), cursor != null);
  }
}
