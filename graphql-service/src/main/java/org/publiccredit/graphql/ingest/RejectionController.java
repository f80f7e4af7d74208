package org.publiccredit.graphql.ingest;

import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.publiccredit.graphql.error.InvalidArgumentException;
import org.publiccredit.graphql.ingest.SubmissionTypes.FieldViolation;
import org.publiccredit.graphql.search.RecordCursor;
import org.publiccredit.graphql.search.RejectionPage;
import org.publiccredit.graphql.search.Rejections;
import org.publiccredit.graphql.security.Caller;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;

/** {@code rejectedRecords}: a department reads back what it sent and was refused. */
@Controller
class RejectionController {

  static final int MAX_PAGE_SIZE = 100;

  private final Rejections rejections;

  RejectionController(Rejections rejections) {
    this.rejections = rejections;
  }

  record RejectedRecordConnection(List<RejectedRecordEdge> edges, PageInfo pageInfo) {}

  record RejectedRecordEdge(String cursor, RejectedRecord node) {}

  record PageInfo(boolean hasNextPage, boolean hasPreviousPage, @Nullable String startCursor,
      @Nullable String endCursor) {}

  record RejectedRecord(String batchId, @Nullable String departmentCode, String category, long line,
      String receivedAt, List<FieldViolation> violations, List<FieldValue> fields) {}

  record FieldValue(String key, String value) {}

  @QueryMapping
  RejectedRecordConnection rejectedRecords(@Argument @Nullable String batchId, @Argument @Nullable String category,
      @Argument @Nullable Integer first, @Argument @Nullable String after, @Nullable Principal principal) {
    String department = visibleDepartment(Caller.of(principal));
    int size = first == null ? 20 : first;
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidArgumentException("first", "OUT_OF_RANGE", "Argument 'first' must be between 1 and 100.");
    }
    RecordCursor cursor = after == null ? null : RecordCursor.decode(after).orElseThrow(() ->
        new InvalidArgumentException("after", "INVALID_CURSOR", "Argument 'after' is not a cursor returned by this API."));
    RejectionPage page = rejections.find(department, batchId, category, size, cursor);
    List<RejectedRecordEdge> edges = page.hits().stream().map(hit -> {
      var r = hit.rejection();
      return new RejectedRecordEdge(hit.cursor().encode(), new RejectedRecord(r.batchId(), r.departmentCode(),
          r.category(), r.line(), r.receivedAt(),
          r.violations().stream().map(v -> new FieldViolation(v.field(), v.rule(), v.message(), v.messageEn())).toList(),
          r.row().entrySet().stream().map(e -> new FieldValue(e.getKey(), e.getValue())).toList()));
    }).toList();
    return new RejectedRecordConnection(edges, new PageInfo(page.hasNextPage(), cursor != null,
        edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()));
  }

  /** A department sees its own rejections, the platform's administrators all; nobody else any. */
  private static @Nullable String visibleDepartment(Caller caller) {
    if ("PLATFORM_ADMIN".equals(caller.clientType())) {
      return null;
    }
    if ("DEPARTMENT".equals(caller.clientType()) && caller.institutionCode() != null) {
      return caller.institutionCode();
    }
    throw new AccessDeniedException("Only departments and platform administrators read rejected records.");
  }
}
