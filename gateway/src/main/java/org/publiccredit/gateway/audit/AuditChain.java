package org.publiccredit.gateway.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One instance's chain of audit events: each event's hash covers the previous event's hash, so
 * changing, removing or reordering a stored event breaks every link after it. Not thread-safe:
 * one appender thread owns it, which is what makes the sequence gapless and ordered.
 */
final class AuditChain {

  /** The previousHash of a chain's first event. */
  static final String GENESIS = "0".repeat(64);

  private final String id;
  private ChainHead head;

  AuditChain(String id, ChainHead head) {
    this.id = id;
    this.head = head;
  }

  String id() {
    return id;
  }

  ChainHead head() {
    return head;
  }

  /** Links the entry after the current head and makes it the head. */
  AuditEvent append(AuditEntry entry, long droppedBefore) {
    long sequence = head.sequence() + 1;
    String hash = hash(AuditEvent.members(id, sequence, head.hash(), entry, droppedBefore));
    AuditEvent event = new AuditEvent(id, sequence, head.hash(), entry, droppedBefore, hash);
    head = new ChainHead(sequence, hash);
    return event;
  }

  /** Rolls the head back to where it was, when a batch could not be written and is dropped. */
  void reset(ChainHead to) {
    head = to;
  }

  /** SHA-256, lowercase hex, of the RFC 8785 form of the members (every one but the hash). */
  static String hash(Map<String, @Nullable Object> members) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(
          sha256.digest(CanonicalJson.write(members).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** What an event's hash should be, recomputed from its other members. */
  static String expectedHash(AuditEvent event) {
    return hash(AuditEvent.members(event.chain(), event.sequence(), event.previousHash(),
        event.entry(), event.droppedBefore()));
  }

  /**
   * The last event of a chain.
   *
   * @param sequence its sequence; 0 for an empty chain
   * @param hash its hash; {@link #GENESIS} for an empty chain
   */
  record ChainHead(long sequence, String hash) {

    static final ChainHead EMPTY = new ChainHead(0, GENESIS);
  }
}
