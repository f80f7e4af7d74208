package org.publiccredit.gateway.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An audit entry in its place in a chain.
 *
 * @param chain the gateway instance that wrote it
 * @param sequence its position in the chain, from 1, without gaps
 * @param previousHash the hash of the event before it; {@link AuditChain#GENESIS} for the first
 * @param entry what the call was
 * @param droppedBefore how many events this instance could not buffer since the previous one
 *     (normally 0; see the README on the in-memory bound)
 * @param hash SHA-256 of the canonical form of every other member, lowercase hex
 */
record AuditEvent(
    String chain,
    long sequence,
    String previousHash,
    AuditEntry entry,
    long droppedBefore,
    String hash) {

  /** The members as stored (the Elasticsearch document, the Redis stream entry). */
  Map<String, @Nullable Object> document() {
    Map<String, @Nullable Object> doc = members(chain, sequence, previousHash, entry,
        droppedBefore);
    doc.put("hash", hash);
    return doc;
  }

  /**
   * Every member but the hash: what the hash is computed over. {@code purpose} is a member only
   * when the caller declared one, so that events written before it existed keep their hashes.
   */
  static Map<String, @Nullable Object> members(String chain, long sequence, String previousHash,
      AuditEntry entry, long droppedBefore) {
    Map<String, @Nullable Object> doc = new LinkedHashMap<>();
    doc.put("chain", chain);
    doc.put("sequence", sequence);
    doc.put("previousHash", previousHash);
    doc.put("time", entry.time());
    doc.put("requestId", entry.requestId());
    doc.put("clientId", entry.clientId());
    doc.put("clientType", entry.clientType());
    doc.put("claimedClientId", entry.claimedClientId());
    doc.put("operationName", entry.operationName());
    doc.put("operationType", entry.operationType());
    doc.put("rootFields", entry.rootFields());
    doc.put("subjects", entry.subjects());
    doc.put("status", entry.status());
    doc.put("problemReason", entry.problemReason());
    doc.put("errorCodes", entry.errorCodes());
    doc.put("latencyMicros", entry.latencyMicros());
    doc.put("bytesIn", entry.bytesIn());
    doc.put("bytesOut", entry.bytesOut());
    doc.put("droppedBefore", droppedBefore);
    if (entry.purpose() != null) {
      doc.put("purpose", entry.purpose());
    }
    return doc;
  }

  /**
   * Reads an event back from its stored document. Throws {@link IllegalArgumentException} when
   * a member is missing or of the wrong kind (which the verifier reports as a broken link).
   */
  static AuditEvent fromDocument(Map<String, ?> doc) {
    AuditEntry entry = new AuditEntry(
        text(doc, "time"), text(doc, "requestId"), optionalText(doc, "clientId"),
        optionalText(doc, "clientType"), optionalText(doc, "claimedClientId"),
        optionalText(doc, "operationName"),
        optionalText(doc, "operationType"), texts(doc, "rootFields"), texts(doc, "subjects"),
        Math.toIntExact(number(doc, "status")), optionalText(doc, "problemReason"),
        texts(doc, "errorCodes"), number(doc, "latencyMicros"), number(doc, "bytesIn"),
        number(doc, "bytesOut"), optionalText(doc, "purpose"));
    return new AuditEvent(text(doc, "chain"), number(doc, "sequence"),
        text(doc, "previousHash"), entry, number(doc, "droppedBefore"), text(doc, "hash"));
  }

  private static String text(Map<String, ?> doc, String name) {
    String value = optionalText(doc, name);
    if (value == null) {
      throw new IllegalArgumentException("missing " + name);
    }
    return value;
  }

  private static @Nullable String optionalText(Map<String, ?> doc, String name) {
    Object value = doc.get(name);
    if (value == null || value instanceof String) {
      return (String) value;
    }
    throw new IllegalArgumentException(name + " is not a string");
  }

  private static long number(Map<String, ?> doc, String name) {
    if (doc.get(name) instanceof Number number
        && (number instanceof Integer || number instanceof Long)) {
      return number.longValue();
    }
    throw new IllegalArgumentException(name + " is not an integer");
  }

  private static List<String> texts(Map<String, ?> doc, String name) {
    Object value = doc.get(name);
    if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
      return list.stream().map(String.class::cast).toList();
    }
    throw new IllegalArgumentException(name + " is not a list of strings");
  }
}
