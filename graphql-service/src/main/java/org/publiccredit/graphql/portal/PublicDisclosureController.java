package org.publiccredit.graphql.portal;

import java.security.Principal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.error.InvalidArgumentException;
import org.publiccredit.graphql.profile.ListStatus;
import org.publiccredit.graphql.search.RecordCategory;
import org.publiccredit.graphql.search.RecordCursor;
import org.publiccredit.graphql.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code doublePublicity}, {@code creditLists} and {@code publicCommitments}: what portals publish. */
@Controller
class PublicDisclosureController {

  static final String DISCLOSURE_READ = "disclosure:read";
  static final int MAX_PAGE_SIZE = 100;
  private static final Set<RecordCategory> DOUBLE_PUBLICITY =
      Set.of(RecordCategory.ADMINISTRATIVE_LICENSE, RecordCategory.ADMINISTRATIVE_PENALTY);
  private static final Map<String, RecordCategory> KINDS = Map.of(
      "LICENCE", RecordCategory.ADMINISTRATIVE_LICENSE, "PENALTY", RecordCategory.ADMINISTRATIVE_PENALTY);

  /** GraphQL input {@code DoublePublicityFilter}, {@code CreditListFilter}, {@code PublicCommitmentFilter} (the union of their fields). */
  record Filter(@Nullable String kind, @Nullable LocalDate decidedFrom, @Nullable LocalDate decidedTo,
      @Nullable String authorityCode, @Nullable String authorityName, @Nullable Boolean activeOnly) {}

  private final DisclosedRecords records;

  PublicDisclosureController(DisclosedRecords records) {
    this.records = records;
  }

  @QueryMapping
  PublicConnection doublePublicity(@Argument @Nullable Filter filter, @Argument @Nullable Integer first,
      @Argument @Nullable String after, @Nullable Principal principal) {
    Caller.of(principal).require(DISCLOSURE_READ);
    Filter f = checked(filter);
    Set<RecordCategory> categories = f.kind() == null ? DOUBLE_PUBLICITY : Set.of(KINDS.get(f.kind()));
    return records.page(new DisclosedRecords.Query(categories, f.decidedFrom(), f.decidedTo(), f.authorityCode(),
        f.authorityName(), r -> true, false), size(first), cursor(after));
  }

  @QueryMapping
  PublicConnection creditLists(@Argument String type, @Argument @Nullable Filter filter, @Argument @Nullable Integer first,
      @Argument @Nullable String after, @Nullable Principal principal) {
    Caller.of(principal).require(DISCLOSURE_READ);
    Filter f = checked(filter);
    RecordCategory category = RecordCategory.valueOf(type);
    boolean activeOnly = f.activeOnly() == null || f.activeOnly();
    return records.page(new DisclosedRecords.Query(Set.of(category), f.decidedFrom(), f.decidedTo(), f.authorityCode(),
        f.authorityName(), r -> !activeOnly || r.listStatus() == ListStatus.ACTIVE,
        activeOnly && category == RecordCategory.ABNORMAL_OPERATION), size(first), cursor(after));
  }

  @QueryMapping
  PublicConnection publicCommitments(@Argument @Nullable Filter filter, @Argument @Nullable Integer first,
      @Argument @Nullable String after, @Nullable Principal principal) {
    Caller.of(principal).require(DISCLOSURE_READ);
    Filter f = checked(filter);
    return records.page(new DisclosedRecords.Query(Set.of(RecordCategory.CREDIT_COMMITMENT), f.decidedFrom(), f.decidedTo(),
        f.authorityCode(), f.authorityName(), r -> true, false), size(first), cursor(after));
  }

  private static Filter checked(@Nullable Filter filter) {
    Filter f = filter == null ? new Filter(null, null, null, null, null, null) : filter;
    if (f.decidedFrom() != null && f.decidedTo() != null && f.decidedFrom().isAfter(f.decidedTo())) {
      throw new InvalidArgumentException("filter", "DATE_ORDER", "Argument 'filter': decidedFrom is after decidedTo.");
    }
    return f;
  }

  private static int size(@Nullable Integer first) {
    int size = first == null ? 20 : first;
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidArgumentException("first", "OUT_OF_RANGE", "Argument 'first' must be between 1 and " + MAX_PAGE_SIZE + ".");
    }
    return size;
  }

  private static @Nullable RecordCursor cursor(@Nullable String after) {
    return after == null ? null : RecordCursor.decode(after).orElseThrow(() ->
        new InvalidArgumentException("after", "INVALID_CURSOR", "Argument 'after' is not a cursor returned by this API."));
  }
}
