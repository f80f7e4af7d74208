package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Issued credit reports in {@code credit-reports}, by number; created once, never overwritten. */
@Component
public class CreditReports {

  private final ElasticsearchClient client;

  CreditReports(ElasticsearchClient client) {
    this.client = client;
  }

  public void store(StoredReport report) {
    try {
      client.create(c -> c.index(CreditIndices.REPORTS.indexName()).id(report.number()).document(report));
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch create failed", e);
    }
  }

  /** A get by id is real-time: a report is found as soon as it was stored. */
  public Optional<StoredReport> find(String number) {
    try {
      var response = client.get(g -> g.index(CreditIndices.REPORTS.indexName()).id(number), StoredReport.class);
      return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch get failed", e);
    }
  }
}
