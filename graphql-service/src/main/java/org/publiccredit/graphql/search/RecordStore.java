package org.publiccredit.graphql.search;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores validated records idempotently and keeps their history. One mget of the stored hashes per
 * call (not per row) decides what changed; new documents are written with {@code op_type=create}
 * and corrections with {@code if_seq_no}, so two writers racing on one record never lose an update:
 * the loser is re-read and retried. While calls keep finding nothing stored (an import of new
 * data), the next call skips the mget and creates its records at once: a record that exists after
 * all comes back as a conflict and takes the read path in the next attempt. A replaced version goes
 * to {@code credit-record-history} as an immutable document {@code <id>-v<n>}, also created once
 * only, so a re-run after a crash between the two writes ends in the same state.
 */
@Component
public class RecordStore {

  private static final int MAX_ATTEMPTS = 5;
  /** Subjects known to exist; bounded, forgotten wholesale when full. */
  private static final int KNOWN_SUBJECTS = 500_000;
  private static final int CONFLICT = 409;
  /** A call that created at least this share of its records makes the next one write first. */
  private static final double NEW_SHARE = 0.9;

  /**
   * What a bulk answer needs to carry: which items failed and why. Elasticsearch otherwise repeats
   * version, result, shards and sequence numbers for every document, which both sides then
   * serialise and parse for nothing.
   */
  static final String BULK_FILTER =
      "took,errors,items.*._index,items.*._id,items.*.status,items.*.error.type,items.*.error.reason";

  /** A bulk normally answers in well under a second; a minute without an answer means it was lost. */
  static final Duration BULK_ANSWER_TIMEOUT = Duration.ofSeconds(60);
  private static final int BULK_ATTEMPTS = 3;

  private final ElasticsearchAsyncClient bulkClient;
  private final JsonMapper jsonMapper;
  private final StoredState state;
  /**
   * Subjects this instance created or found existing: most records of an import belong to subjects
   * that exist already, and a create that conflicts costs Elasticsearch as much as one that writes.
   * Subjects are never deleted, so a remembered one stays true.
   */
  private final Set<String> knownSubjects = ConcurrentHashMap.newKeySet();
  /**
   * Whether the last call found (nearly) none of its records stored: then the next call writes first
   * and reads only what conflicts. Only a guess about the next call; correctness never depends on it.
   */
  private volatile boolean expectNew;

  RecordStore(ElasticsearchClient client, JsonMapper jsonMapper) {
    this.bulkClient = new ElasticsearchAsyncClient(client._transport(), client._transportOptions())
        .withTransportOptions(o -> o.setParameter("filter_path", BULK_FILTER));
    this.jsonMapper = jsonMapper;
    this.state = new StoredState(client);
  }

  /**
   * Stores records whose ids are unique within the call.
   *
   * @param refresh make the writes visible to searches before returning (API calls), not for imports
   */
  public List<WriteResult> store(List<StoredRecord> records, String batchId, boolean refresh) {
    if (records.isEmpty()) {
      return List.of();
    }
    Map<String, WriteResult> results = new HashMap<>();
    // Serialised once, unsealed: the hash is of the content without ciphertexts, and a written
    // document is these bytes with the ciphertexts and bookkeeping spliced in.
    Map<String, SerialisedDocument> contents = new HashMap<>();
    Map<String, String> hashes = new HashMap<>();
    for (StoredRecord record : records) {
      SerialisedDocument content = SerialisedDocument.of(jsonMapper, record.document());
      contents.put(record.id(), content);
      hashes.put(record.id(), ContentHash.of(content.bytes()));
    }
    List<StoredRecord> pending = records;
    boolean writeFirst = expectNew;
    for (int attempt = 1; !pending.isEmpty(); attempt++) {
      if (attempt > MAX_ATTEMPTS) {
        throw new IllegalStateException(pending.size() + " records kept conflicting with concurrent writes");
      }
      pending = attempt(pending, contents, hashes, batchId, refresh, results, writeFirst && attempt == 1);
    }
    List<WriteResult> written = records.stream().map(r -> results.get(r.id())).toList();
    long created = written.stream().filter(r -> r.status() == WriteResult.Status.CREATED).count();
    expectNew = created >= NEW_SHARE * records.size();
    return written;
  }

  /**
   * @param writeFirst create every record without reading what is stored: right for records that
   *     do not exist; one that does comes back as a conflict (create never replaces) and is returned
   *     to be read and compared in the next attempt, as after a lost race
   */
  private List<StoredRecord> attempt(List<StoredRecord> records, Map<String, SerialisedDocument> contents,
      Map<String, String> hashes, String batchId, boolean refresh, Map<String, WriteResult> results,
      boolean writeFirst) {
    Map<String, StoredState.Stored> stored = writeFirst ? Map.of() : state.read(records);
    Instant now = Instant.now();
    String nowText = now.toString();
    List<StoredRecord> updated = new ArrayList<>();
    for (StoredRecord record : records) {
      String hash = hashes.get(record.id());
      StoredState.Stored previous = stored.get(record.id());
      if (previous == null) {
        continue;
      }
      if (previous.version() > 0 && hash.equals(previous.hash())) {
        results.put(record.id(), new WriteResult(record.id(), WriteResult.Status.UNCHANGED, previous.version()));
      } else if (previous.version() > 0) {
        updated.add(record);
      }
    }
    Map<String, ObjectNode> previousSources = state.sources(updated);
    Bulk bulk = new Bulk();
    Bulk histories = new Bulk();
    Map<String, ObjectNode> minimalSubjects = new LinkedHashMap<>();
    for (StoredRecord record : records) {
      if (results.containsKey(record.id())) {
        continue;
      }
      StoredState.Stored previous = stored.get(record.id());
      String index = (record.base() ? CreditIndices.SUBJECTS : CreditIndices.RECORDS).indexName();
      // The record's own document, sealed and completed: its serialised content with the
      // ciphertexts and bookkeeping spliced in (the content itself is left as it is for a retry).
      int version = previous == null ? 1 : previous.version() + 1;
      String createdAt = previous == null || previous.createdAt() == null ? nowText : previous.createdAt();
      String hash = hashes.get(record.id());
      byte[] completed = contents.get(record.id()).completed(doc -> {
        record.sealing().seal(doc);
        doc.put("version", version);
        doc.put("createdAt", createdAt);
        doc.put("updatedAt", nowText);
        doc.put("batchId", batchId);
        doc.put("contentHash", hash);
      });
      var status = previous == null || previous.version() == 0 ? WriteResult.Status.CREATED : WriteResult.Status.UPDATED;
      BinaryData source = BinaryData.of(completed, ContentType.APPLICATION_JSON);
      if (previous == null) {
        bulk.add(record, BulkOperation.of(b -> b.create(c -> c.index(index).id(record.id()).document(source))));
      } else if (previous.version() == 0) {
        bulk.add(record, BulkOperation.of(b -> b.index(i -> i.index(index).id(record.id()).document(source)
            .ifSeqNo(previous.seqNo()).ifPrimaryTerm(previous.primaryTerm()))));
      } else {
        ObjectNode history = historyOf(record.id(), index, previous.version(), now, batchId,
            previousSources.get(record.id()));
        histories.addIgnoringConflict(BulkOperation.of(b -> b.create(c -> c.index(CreditIndices.HISTORY.indexName())
            .id(record.id() + "-v" + previous.version()).document(history))));
        bulk.add(record, BulkOperation.of(b -> b.index(i -> i.index(index).id(record.id()).document(source)
            .ifSeqNo(previous.seqNo()).ifPrimaryTerm(previous.primaryTerm()))));
      }
      results.put(record.id(), new WriteResult(record.id(), status, version));
      if (record.minimalSubject() != null && !knownSubjects.contains(record.minimalSubject().subjectId())) {
        SubjectDocument subject = record.minimalSubject();
        minimalSubjects.computeIfAbsent(subject.subjectId(), id -> minimalSubject(subject, record.subjectSealing()));
      }
    }
    records.stream().filter(StoredRecord::base).forEach(r -> minimalSubjects.remove(r.id()));
    // A record's subject is created only when none exists: a richer base record is never overwritten.
    minimalSubjects.forEach((id, doc) -> bulk.addIgnoringConflict(BulkOperation.of(b -> b.create(c -> c
        .index(CreditIndices.SUBJECTS.indexName()).id(id).document(json(doc))))));
    // Replaced versions go into the history first, in their own request: if that fails, nothing has
    // been replaced yet and a re-run finds the same stored versions to archive. Written in the same
    // request as the replacements, a failed history item next to a successful replacement would
    // lose the previous version for good (a re-run sees the new content and changes nothing).
    // The ids are deterministic and conflicts ignored, so archiving twice is harmless.
    execute(histories, false);
    List<StoredRecord> conflicting = execute(bulk, refresh);
    conflicting.forEach(r -> results.remove(r.id()));
    if (knownSubjects.size() > KNOWN_SUBJECTS) {
      knownSubjects.clear();
    }
    knownSubjects.addAll(minimalSubjects.keySet());
    // A base record written (or found unchanged) is its subject: the records after it need no minimal one.
    for (StoredRecord record : records) {
      if (record.base() && results.containsKey(record.id())) {
        knownSubjects.add(record.id());
      }
    }
    return conflicting;
  }

  private ObjectNode minimalSubject(SubjectDocument subject, Sealing sealing) {
    ObjectNode doc = jsonMapper.valueToTree(subject);
    doc.put("contentHash", ContentHash.of(jsonMapper.writeValueAsBytes(StoredState.withoutVolatile(doc))));
    sealing.seal(doc);
    return doc;
  }

  /** Serialised once, here: the client sends the bytes as they are instead of mapping the tree again. */
  private BinaryData json(ObjectNode document) {
    return BinaryData.of(jsonMapper.writeValueAsBytes(document), ContentType.APPLICATION_JSON);
  }

  private ObjectNode historyOf(String id, String index, int version, Instant now, String batchId, ObjectNode previous) {
    ObjectNode history = jsonMapper.createObjectNode();
    history.put("recordId", id);
    history.put("index", index);
    history.put("version", version);
    history.put("replacedAt", now.toString());
    history.put("replacedByBatchId", batchId);
    history.set("previous", previous);
    return history;
  }

  /** Runs the bulk; returns the records that lost a race and must be re-read. */
  private List<StoredRecord> execute(Bulk bulk, boolean refresh) {
    if (bulk.operations.isEmpty()) {
      return List.of();
    }
    try {
      BulkRequest request = BulkRequest.of(b -> b.operations(bulk.operations)
          .refresh(refresh ? Refresh.WaitFor : Refresh.False));
      BulkResponse response = Backoff.onTooManyRequests("bulk", () -> AnswerTimeout.await("bulk request",
          () -> bulkClient.bulk(request), BULK_ANSWER_TIMEOUT, BULK_ATTEMPTS));
      List<StoredRecord> conflicting = new ArrayList<>();
      for (int i = 0; i < response.items().size(); i++) {
        BulkResponseItem item = response.items().get(i);
        if (item.error() == null) {
          continue;
        }
        StoredRecord owner = bulk.owners.get(i);
        if (item.status() == CONFLICT && owner == null) {
          continue;
        }
        if (item.status() == CONFLICT) {
          conflicting.add(owner);
          continue;
        }
        throw new IllegalStateException("Bulk write failed: " + item.error().type() + " on document " + item.id());
      }
      return conflicting;
    } catch (IOException e) {
      throw new UncheckedIOException("Elasticsearch bulk failed", e);
    }
  }

  /** Operations with, for each, the record it writes (null where a conflict means "already there"). */
  private static final class Bulk {
    final List<BulkOperation> operations = new ArrayList<>();
    final List<StoredRecord> owners = new ArrayList<>();

    void add(StoredRecord owner, BulkOperation operation) {
      operations.add(operation);
      owners.add(owner);
    }

    void addIgnoringConflict(BulkOperation operation) {
      operations.add(operation);
      owners.add(null);
    }
  }
}
