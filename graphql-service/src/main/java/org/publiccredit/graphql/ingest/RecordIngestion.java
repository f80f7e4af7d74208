package org.publiccredit.graphql.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.publiccredit.graphql.pii.IdNumberProtector;
import org.publiccredit.graphql.search.RecordStore;
import org.publiccredit.graphql.search.RejectionDocument;
import org.publiccredit.graphql.search.Rejections;
import org.publiccredit.graphql.search.StoredRecord;
import org.publiccredit.graphql.search.WriteResult;
import org.publiccredit.schema.catalog.Catalog;
import org.publiccredit.schema.catalog.Department;
import org.publiccredit.schema.catalog.Violation;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one path every channel (GraphQL submissions, file imports) takes: normalise the keys,
 * check the row against the catalog and the reporting rules, protect ID numbers, store the valid
 * rows idempotently, keep the refused ones. Every row ends accepted or rejected.
 */
@Component
public class RecordIngestion {

  private final Catalog catalog;
  private final RowCheck check;
  private final RecordDocuments documents;
  private final RecordStore store;
  private final Rejections rejections;
  private final RejectionDocuments rejectionDocuments;
  private final Map<String, CategoryKeys> keys = new ConcurrentHashMap<>();

  RecordIngestion(IdNumberProtector protector, JsonMapper jsonMapper, RecordStore store, Rejections rejections) {
    this.catalog = Catalog.loadFromClasspath();
    this.check = new RowCheck(catalog);
    this.documents = new RecordDocuments(catalog, protector, jsonMapper);
    this.store = store;
    this.rejections = rejections;
    this.rejectionDocuments = new RejectionDocuments();
  }

  /** The catalog the service validates against. */
  public Catalog catalog() {
    return catalog;
  }

  /** Whether a department may report a category at all (departments.json). */
  public boolean mayReport(String departmentCode, String categoryId) {
    return catalog.departments().stream().filter(d -> d.code().equals(departmentCode))
        .anyMatch((Department d) -> d.reports(categoryId));
  }

  /** Outcomes in the order of the batch's rows. */
  public List<RowOutcome> ingest(IngestBatch batch) {
    CategoryKeys categoryKeys = keys.computeIfAbsent(batch.categoryId(), id -> new CategoryKeys(catalog.category(id)));
    RowOutcome[] outcomes = new RowOutcome[batch.rows().size()];
    List<Integer> valid = new ArrayList<>();
    List<StoredRecord> records = new ArrayList<>();
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 0; i < outcomes.length; i++) {
      IngestRow row = batch.rows().get(i);
      Map<String, String> normalised = categoryKeys.normalise(row.fields());
      rows.add(normalised);
      List<Violation> violations = check.violations(categoryKeys, normalised, batch.requiredSource());
      if (violations.isEmpty()) {
        valid.add(i);
        records.add(documents.document(categoryKeys, normalised));
      } else {
        outcomes[i] = new RowOutcome.Rejected(row.line(), List.copyOf(violations));
      }
    }
    storeInRounds(batch, valid, records, outcomes);
    String receivedAt = Instant.now().toString();
    List<RejectionDocument> refused = new ArrayList<>();
    for (int i = 0; i < outcomes.length; i++) {
      if (outcomes[i] instanceof RowOutcome.Rejected rejected) {
        refused.add(rejectionDocuments.of(batch, categoryKeys, rows.get(i), rejected, receivedAt));
      }
    }
    rejections.save(refused, batch.refresh());
    return List.of(outcomes);
  }

  /**
   * A batch may name one record twice (a correction later in the same file): each round stores
   * records with distinct ids, so the later row is compared with the earlier one, as if sent after it.
   */
  private void storeInRounds(IngestBatch batch, List<Integer> positions, List<StoredRecord> records,
      RowOutcome[] outcomes) {
    List<Integer> pendingPositions = positions;
    List<StoredRecord> pending = records;
    while (!pending.isEmpty()) {
      Set<String> ids = new HashSet<>();
      List<Integer> roundPositions = new ArrayList<>();
      List<StoredRecord> round = new ArrayList<>();
      List<Integer> laterPositions = new ArrayList<>();
      List<StoredRecord> later = new ArrayList<>();
      for (int i = 0; i < pending.size(); i++) {
        boolean first = ids.add(pending.get(i).id());
        (first ? roundPositions : laterPositions).add(pendingPositions.get(i));
        (first ? round : later).add(pending.get(i));
      }
      List<WriteResult> results = store.store(round, batch.batchId(), batch.refresh());
      Map<Integer, WriteResult> byPosition = new HashMap<>();
      for (int i = 0; i < round.size(); i++) {
        byPosition.put(roundPositions.get(i), results.get(i));
      }
      byPosition.forEach((position, result) -> outcomes[position] = new RowOutcome.Accepted(
          batch.rows().get(position).line(), result.status(), result.id(), result.version()));
      pendingPositions = laterPositions;
      pending = later;
    }
  }
}
