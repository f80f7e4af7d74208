package org.publiccredit.graphql.subject;

import java.util.List;
import org.publiccredit.graphql.search.CreditRecordDocument;
import org.publiccredit.graphql.search.CreditRecordPage;
import org.publiccredit.graphql.subject.CreditRecordConnection.CreditRecord;
import org.publiccredit.graphql.subject.CreditRecordConnection.Edge;
import org.publiccredit.graphql.subject.CreditRecordConnection.Organisation;
import org.publiccredit.graphql.subject.CreditRecordConnection.PageInfo;

/** Maps a page of stored records to the Relay connection. */
final class RecordConnections {

  private RecordConnections() {}

  static CreditRecordConnection of(CreditRecordPage page, boolean afterGiven) {
    List<Edge> edges = page.hits().stream()
        .map(hit -> new Edge(hit.cursor().encode(), record(hit.record())))
        .toList();
    var pageInfo = new PageInfo(page.hasNextPage(), afterGiven,
        edges.isEmpty() ? null : edges.getFirst().cursor(),
        edges.isEmpty() ? null : edges.getLast().cursor());
    return new CreditRecordConnection(edges, pageInfo, page.totalCount());
  }

  private static CreditRecord record(CreditRecordDocument doc) {
    Organisation authority = doc.authorityName() == null ? null : new Organisation(doc.authorityName(), doc.authorityCode());
    return new CreditRecord(doc.recordId(), doc.category(), doc.title(), doc.documentNumber(), authority,
        doc.decisionDate(), doc.validFrom(), doc.validUntil(), doc.summary(),
        new Organisation(doc.sourceDepartmentName(), doc.sourceDepartmentCode()));
  }
}
