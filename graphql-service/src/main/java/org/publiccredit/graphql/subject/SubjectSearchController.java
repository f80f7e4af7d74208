package org.publiccredit.graphql.subject;

import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.error.InvalidArgumentException;
import org.publiccredit.graphql.search.ProfileSearch;
import org.publiccredit.graphql.search.SubjectCursor;
import org.publiccredit.graphql.search.SubjectPage;
import org.publiccredit.graphql.search.SubjectQuery;
import org.publiccredit.graphql.search.SubjectType;
import org.publiccredit.graphql.security.Caller;
import org.publiccredit.graphql.security.Scopes;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code searchSubjects}: by a part of the name, type and town. */
@Controller
class SubjectSearchController {

  static final int MAX_PAGE_SIZE = 50;
  static final int MAX_NAME_LENGTH = 50;

  /** GraphQL type {@code SubjectConnection}. */
  record SubjectConnection(List<Edge> edges, CreditRecordConnection.PageInfo pageInfo, long totalCount) {}

  /** GraphQL type {@code SubjectEdge}. */
  record Edge(String cursor, Subject node) {}

  private final ProfileSearch search;
  private final SubjectLookup lookup;

  SubjectSearchController(ProfileSearch search, SubjectLookup lookup) {
    this.search = search;
    this.lookup = lookup;
  }

  @QueryMapping
  SubjectConnection searchSubjects(@Argument @Nullable String name, @Argument @Nullable SubjectType type,
      @Argument @Nullable String town, @Argument @Nullable Integer first, @Argument @Nullable String after,
      @Nullable Principal principal) {
    Caller caller = Caller.of(principal);
    caller.require(Scopes.SUBJECT_READ);
    String part = name == null ? null : name.strip();
    if (part != null && (part.isEmpty() || part.length() > MAX_NAME_LENGTH)) {
      throw new InvalidArgumentException("name", "OUT_OF_RANGE",
          "Argument 'name' must hold 1 to " + MAX_NAME_LENGTH + " characters.");
    }
    String townName = town == null || town.isBlank() ? null : town.strip();
    if (part == null && type == null && townName == null) {
      throw new InvalidArgumentException("name", "NO_CRITERION",
          "Give at least one of the arguments 'name', 'type' or 'town'.");
    }
    int size = first == null ? 20 : first;
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidArgumentException("first", "OUT_OF_RANGE", "Argument 'first' must be between 1 and " + MAX_PAGE_SIZE + ".");
    }
    SubjectCursor cursor = after == null ? null : SubjectCursor.decode(after).orElseThrow(() ->
        new InvalidArgumentException("after", "INVALID_CURSOR", "Argument 'after' is not a cursor returned by this API."));
    SubjectPage page = search.searchSubjects(new SubjectQuery(part, type, townName), size, cursor);
    boolean mayReadPii = caller.has(Scopes.PII_READ);
    List<Edge> edges = page.hits().stream()
        .map(hit -> new Edge(hit.cursor().encode(), lookup.toSubject(hit.subject(), mayReadPii))).toList();
    var pageInfo = new CreditRecordConnection.PageInfo(page.hasNextPage(), cursor != null,
        edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor());
    return new SubjectConnection(edges, pageInfo, page.totalCount());
  }
}
