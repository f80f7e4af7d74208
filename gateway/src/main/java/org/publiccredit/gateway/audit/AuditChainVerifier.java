package org.publiccredit.gateway.audit;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Walks every chain in the audit index in sequence order and checks each link: the sequence
 * follows the previous one (a missing event is a gap), previousHash is the previous event's hash,
 * and the event's hash is the hash of its own members. Reports per chain the events seen and the
 * first broken link; later links are not judged (after a break everything after it would fail).
 */
public final class AuditChainVerifier {

  private static final int PAGE = 1000;

  private final ElasticsearchClient client;

  public AuditChainVerifier(ElasticsearchClient client) {
    this.client = client;
  }

  /** Every chain's report, by chain id. */
  public List<ChainReport> verify() throws IOException {
    if (!client.indices().exists(e -> e.index(AuditIndex.NAME)).value()) {
      return List.of();
    }
    List<ChainReport> reports = new ArrayList<>();
    for (String chain : chains()) {
      reports.add(verify(chain));
    }
    return reports;
  }

  /** One chain's report. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  public ChainReport verify(String chain) throws IOException {
    // What was drained a moment ago is judged too, not only what the last refresh showed.
    client.indices().refresh(r -> r.index(AuditIndex.NAME));
    long count = 0;
    long expected = 1;
    String previousHash = AuditChain.GENESIS;
    @Nullable Long after = null;
    while (true) {
      Long searchAfter = after;
      SearchResponse<Map> page = client.search(s -> {
        s.index(AuditIndex.NAME).size(PAGE)
            .query(q -> q.term(t -> t.field("chain").value(chain)))
            .sort(o -> o.field(f -> f.field("sequence").order(SortOrder.Asc)));
        if (searchAfter != null) {
          s.searchAfter(FieldValue.of(searchAfter));
        }
        return s;
      }, Map.class);
      List<Hit<Map>> hits = page.hits().hits();
      for (Hit<Map> hit : hits) {
        count++;
        Map<String, Object> source = hit.source();
        ChainReport.Break broken = check(source, expected, previousHash);
        if (broken != null) {
          return new ChainReport(chain, count, broken);
        }
        AuditEvent event = AuditEvent.fromDocument(source);
        previousHash = event.hash();
        expected = event.sequence() + 1;
        after = event.sequence();
      }
      if (hits.size() < PAGE) {
        return new ChainReport(chain, count, null);
      }
    }
  }

  /** The first thing wrong with this link, or null. */
  static ChainReport.@Nullable Break check(@Nullable Map<String, Object> source, long expected,
      String previousHash) {
    if (source == null) {
      return new ChainReport.Break(expected, ChainReport.Failure.UNREADABLE, "no source");
    }
    AuditEvent event;
    try {
      event = AuditEvent.fromDocument(source);
    } catch (RuntimeException e) {
      return new ChainReport.Break(expected, ChainReport.Failure.UNREADABLE, e.getMessage());
    }
    if (event.sequence() != expected) {
      return new ChainReport.Break(expected, ChainReport.Failure.GAP,
          "expected sequence " + expected + ", next stored is " + event.sequence());
    }
    if (!event.previousHash().equals(previousHash)) {
      return new ChainReport.Break(expected, ChainReport.Failure.PREVIOUS_HASH_MISMATCH,
          "previousHash " + event.previousHash() + " is not the hash of the event before, "
              + previousHash);
    }
    String recomputed = AuditChain.expectedHash(event);
    if (!recomputed.equals(event.hash())) {
      return new ChainReport.Break(expected, ChainReport.Failure.HASH_MISMATCH,
          "stored hash " + event.hash() + ", content hashes to " + recomputed);
    }
    return null;
  }

  private List<String> chains() throws IOException {
    client.indices().refresh(r -> r.index(AuditIndex.NAME));
    SearchResponse<Void> response = client.search(s -> s.index(AuditIndex.NAME).size(0)
        .aggregations("chains", a -> a.terms(t -> t.field("chain").size(10_000))), Void.class);
    return response.aggregations().get("chains").sterms().buckets().array().stream()
        .map(StringTermsBucket::key).map(FieldValue::stringValue).sorted().toList();
  }
}
