package org.publiccredit.graphql.audit;

import graphql.GraphQLContext;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.error.InvalidArgumentException;
import org.publiccredit.graphql.identity.CodeParse;
import org.publiccredit.graphql.identity.LegalPersonCode;
import org.publiccredit.graphql.identity.ResidentIdNumber;
import org.publiccredit.graphql.identity.SubjectCodes;
import org.publiccredit.graphql.pii.IdNumberProtector;
import org.publiccredit.graphql.search.AuditCursor;
import org.publiccredit.graphql.search.AuditEventDocument;
import org.publiccredit.graphql.search.AuditEventPage;
import org.publiccredit.graphql.search.AuditEventSearch;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code auditEvents} (administrators) and {@code creditInquiries} (a subject's authorised
 * channel) over the gateway's audit index. The scopes are checked by {@code @requiresScope}.
 */
@Controller
class AuditController {

  static final int MAX_PAGE_SIZE = 100;
  static final String CREDIT_INQUIRIES = "creditInquiries";
  private static final Pattern KEYED_HASH = Pattern.compile("[0-9a-f]{64}");

  private final SubjectCodes codes = SubjectCodes.withSystemClock();
  private final AuditEventSearch search;
  private final IdNumberProtector protector;
  private final ClientDirectory clients;

  AuditController(AuditEventSearch search, IdNumberProtector protector, ClientDirectory clients) {
    this.search = search;
    this.protector = protector;
    this.clients = clients;
  }

  record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
      @Nullable String endCursor) {}

  record Edge<T>(String cursor, T node) {}

  record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo) {}

  record CreditInquiry(String clientName, @Nullable String clientType, String time, @Nullable String purpose,
      String operation) {}

  /** The schema's AuditEventFilter. */
  record AuditEventFilter(@Nullable String clientId, @Nullable String subject, @Nullable String operation,
      @Nullable String from, @Nullable String to) {}

  @QueryMapping
  Connection<AuditEventDocument> auditEvents(@Argument @Nullable AuditEventFilter filter,
      @Argument @Nullable Integer first, @Argument @Nullable String after) {
    AuditEventFilter f = filter == null ? new AuditEventFilter(null, null, null, null, null) : filter;
    var query = new AuditEventSearch.Filter(f.clientId(),
        f.subject() == null ? null : subjectKey(f.subject(), "filter.subject"), f.operation(),
        instant(f.from(), "from"), instant(f.to(), "to"), null, false);
    return connection(search.find(query, size(first), cursor(after)), Function.identity(), after != null);
  }

  @QueryMapping
  Connection<CreditInquiry> creditInquiries(@Argument String subjectCode, @Argument @Nullable Integer first,
      @Argument @Nullable String after, GraphQLContext context) {
    String key = subjectKey(subjectCode, "subjectCode");
    // Reading who asked about a subject is itself an access to that subject's data.
    AuditSubjects.in(context).touched(key);
    // Only calls that were answered, and not this list itself (the channel reading it is no inquiry).
    var query = new AuditEventSearch.Filter(null, key, null, null, null, CREDIT_INQUIRIES, true);
    return connection(search.find(query, size(first), cursor(after)), this::inquiry, after != null);
  }

  private CreditInquiry inquiry(AuditEventDocument event) {
    String clientId = event.clientId() == null ? "unknown" : event.clientId();
    ClientDirectory.Entry client = clients.lookup(clientId);
    String type = event.clientType() != null ? event.clientType() : client.type();
    return new CreditInquiry(client.displayName(), type, event.time(), event.purpose(),
        String.join(",", event.rootFields()));
  }

  private static <T> Connection<T> connection(AuditEventPage page, Function<AuditEventDocument, T> node,
      boolean hasPrevious) {
    List<Edge<T>> edges = page.hits().stream()
        .map(hit -> new Edge<>(hit.cursor().encode(), node.apply(hit.event()))).toList();
    return new Connection<>(edges, new PageInfo(page.hasNextPage(), hasPrevious,
        edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()));
  }

  /** The key the audit stores a subject under: a credit code as is, a person as the keyed hash. */
  private String subjectKey(String code, String argument) {
    if (KEYED_HASH.matcher(code).matches()) {
      return code;
    }
    return switch (codes.parse(code)) {
      case CodeParse.Rejected rejected -> throw new InvalidArgumentException(argument, rejected.defect().name(),
          "Argument '" + argument + "' is not a valid unified social credit code or resident ID number: "
              + rejected.message());
      case CodeParse.Parsed parsed -> switch (parsed.code()) {
        case LegalPersonCode company -> company.value();
        case ResidentIdNumber person -> protector.lookupKey(person);
      };
    };
  }

  private static int size(@Nullable Integer first) {
    int size = first == null ? 20 : first;
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidArgumentException("first", "OUT_OF_RANGE",
          "Argument 'first' must be between 1 and " + MAX_PAGE_SIZE + ".");
    }
    return size;
  }

  private static @Nullable AuditCursor cursor(@Nullable String after) {
    return after == null ? null : AuditCursor.decode(after).orElseThrow(() ->
        new InvalidArgumentException("after", "INVALID_CURSOR", "Argument 'after' is not a cursor returned by this API."));
  }

  private static @Nullable Instant instant(@Nullable String value, String name) {
    if (value == null) {
      return null;
    }
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidArgumentException("filter." + name, "INVALID_FORMAT",
          "Argument 'filter." + name + "' must be an ISO-8601 instant such as 2026-11-25T00:00:00Z.");
    }
  }
}
